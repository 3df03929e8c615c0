# Names and install locations shared by the build (app/common/data_paths.h reads them) and the
# install rules (SillokInstall.cmake). See docs/packaging.md.
include(GNUInstallDirs)

# The desktop id: the .desktop file, the AppStream component, the icon and the window all use it.
set(SILLOK_APP_ID "org.sillok.sillok" CACHE STRING "Reverse-DNS application id (desktop file, AppStream, icon)")
set(SILLOK_HOMEPAGE_URL "https://sillok.org" CACHE STRING "Project homepage (AppStream, .deb); screenshots are under <url>/screenshots/")
set(SILLOK_PACKAGE_MAINTAINER "Sillok maintainers <maintainers@users.noreply.h-seed-a0c77f34.example>" CACHE STRING "The .deb's Maintainer")
# The date of this version's release: the man page and the AppStream <release> carry it.
set(SILLOK_RELEASE_DATE "2026-12-02")

# share/sillok: gazetteer/, corpus/, translations/ (relative to the install prefix).
set(SILLOK_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/sillok")
