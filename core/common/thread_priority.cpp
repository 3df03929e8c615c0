#include "common/thread_priority.h"

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sillok::core {

#if defined(__linux__)

namespace {
id_t threadId()
{
    return static_cast<id_t>(::syscall(SYS_gettid));
}
} // namespace

int threadNiceness()
{
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, threadId());
    return errno == 0 ? nice : 0;
}

bool lowerThreadPriority(int steps)
{
    if (steps <= 0)
        return true;
    return ::setpriority(PRIO_PROCESS, threadId(), threadNiceness() + steps) == 0;
}

#else

int threadNiceness()
{
    return 0;
}

bool lowerThreadPriority(int steps)
{
    return steps <= 0;
}

#endif

} // namespace sillok::core
