#include <cstdio>

int main()
{
    std::fputs("sillok-cli: not implemented yet\n", stderr);
    return 2;
}
