# cmake --install and the CPack .deb (docs/packaging.md). Layout under the prefix:
#   bin/sillok, bin/sillok-cli
#   share/sillok/{gazetteer,corpus,translations}/      found relative to bin/ (app/common/data_paths.h)
#   share/applications/<id>.desktop, share/metainfo/<id>.metainfo.xml
#   share/icons/hicolor/{scalable,16x16,...,256x256}/apps/<id>.{svg,png}
#   share/man/man1/sillok.1.gz, sillok-cli.1.gz
set(_res ${CMAKE_SOURCE_DIR}/resources)

install(TARGETS sillok-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(SILLOK_BUILD_GUI)
  install(TARGETS sillok RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The extractor's dictionaries (the same bytes as the ones embedded in the core: same extractor
# version) and the sample corpus (articles only; gold/ is test data).
install(FILES ${_res}/gazetteer/organizations.tsv ${_res}/gazetteer/lexicon.tsv ${_res}/gazetteer/events.tsv
              ${CMAKE_BINARY_DIR}/resources/generated/common_words.txt
        DESTINATION ${SILLOK_INSTALL_DATADIR}/gazetteer)
install(DIRECTORY ${_res}/corpus/ DESTINATION ${SILLOK_INSTALL_DATADIR}/corpus
        FILES_MATCHING PATTERN "*.txt" PATTERN "*.html" PATTERN "*.htm" PATTERN "gold" EXCLUDE)

# Man pages, compressed as Debian ships them. sillok-cli.1 is generated from --help's table.
find_program(SILLOK_GZIP gzip REQUIRED)
set(_man_gz)
foreach(_page ${SILLOK_CLI_MANPAGE} ${_res}/desktop/sillok.1)
  get_filename_component(_name ${_page} NAME)
  set(_gz ${CMAKE_BINARY_DIR}/man/${_name}.gz)
  add_custom_command(OUTPUT ${_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${SILLOK_GZIP} -9n -c ${_page} > ${_gz}
    DEPENDS ${_page} VERBATIM)
  list(APPEND _man_gz ${_gz})
endforeach()
add_custom_target(sillok_man_pages ALL DEPENDS ${_man_gz})
install(FILES ${_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(SILLOK_BUILD_GUI)
  configure_file(${_res}/desktop/sillok.desktop.in ${CMAKE_BINARY_DIR}/${SILLOK_APP_ID}.desktop @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/${SILLOK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${_res}/desktop/sillok.metainfo.xml.in ${CMAKE_BINARY_DIR}/${SILLOK_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/${SILLOK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_res}/icons/sillok.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${SILLOK_APP_ID}.svg)
  foreach(_size 16 24 32 48 64 128 256)
    install(FILES ${_res}/icons/png/sillok-${_size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps RENAME ${SILLOK_APP_ID}.png)
  endforeach()
endif()

# CPack: a Debian package (cpack -G DEB in the build folder; scripts/build-deb.sh does it and checks it).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sillok)
set(CPACK_PACKAGE_VENDOR "Sillok")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SILLOK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "knowledge base of Korean AI-chip industry news")
set(CPACK_PACKAGE_DESCRIPTION "Sillok imports news articles (mostly Korean; text and saved HTML pages in UTF-8,
UTF-16 or EUC-KR), separates the article text from page noise, extracts organizations,
people, initiatives and meetings with their dates, merges them across articles into one
linked graph, and lets you search, browse on a timeline and graph, and annotate, with
every fact traceable to the sentence it came from. Includes the desktop application
(sillok) and the command-line tool (sillok-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sillok_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SILLOK_HOMEPAGE_URL}")
# Depends: the shared libraries the binaries link, found by dpkg-shlibdeps (Qt, ICU, SQLite,
# libxml2, libstdc++), and a Korean font: without one every Korean word is drawn as boxes (seen
# on a minimal Debian 12 installed with --no-install-recommends). What Qt loads at run time
# without linking it is recommended: Wayland support, the translations of Qt's own dialogs, the
# icon theme's index.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-nanum | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, hicolor-icon-theme")
include(CPack)
