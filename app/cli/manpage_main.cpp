// sillok-cli-manpage VERSION DATE OUTPUT: writes the man page of sillok-cli (help_text.cpp) at
// build time. Not installed.

#include "help_text.h"

#include <cstdio>
#include <fstream>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fputs("usage: sillok-cli-manpage VERSION DATE OUTPUT\n", stderr);
        return 2;
    }
    std::ofstream out(argv[3], std::ios::binary);
    out << sillok::cli::manPage(argv[1], argv[2]);
    out.close();
    if (!out) {
        std::fprintf(stderr, "sillok-cli-manpage: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
