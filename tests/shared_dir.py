"""The ctest scripts' door to the shared/ folder, with the same rule as tests/shared_dir.h.

The folder is $SILLOK_SHARED_DIR when set, else the one CMake passed (-DSILLOK_SHARED_DIR,
default ../shared next to the repository). When something needed from it is absent:
  - with CI=true (also "1"): CI always has ../shared, so the test FAILS (exit 1);
  - otherwise, on a newcomer's clone: the test SKIPS (exit 77, ctest's SKIP_RETURN_CODE here)
    with a message saying where it looked.
"""
import os

SKIP = 77
FAIL = 1


def shared_dir(configured):
    return os.environ.get("SILLOK_SHARED_DIR") or configured


def is_ci_run():
    return os.environ.get("CI", "").lower() in ("true", "1")


def resolve(path, configured):
    """`path` with a leading "{shared}" replaced by the shared folder."""
    return path.replace("{shared}", shared_dir(configured), 1) if path.startswith("{shared}") else path


def missing(what):
    """Prints why and returns the exit status for a missing shared file or folder."""
    if is_ci_run():
        print("FAILED: shared folder not found: %s — CI=true, and CI always has ../shared" % what)
        return FAIL
    print("SKIPPED: shared folder not found: %s (clone or link it next to the repository as ../shared, "
          "or set SILLOK_SHARED_DIR)" % what)
    return SKIP
