#pragma once
// Scheduling priority of the calling thread. On Linux nice is per thread, so one thread of a
// process can yield to the others: the import's workers run below its one writer (see
// ordered_pipeline.h). Elsewhere these do nothing.

namespace sillok::core {

// Raises the calling thread's nice value by `steps` (a lower priority; an unprivileged thread
// may always lower its own priority). False when the system refused or does not support it.
bool lowerThreadPriority(int steps);
// The calling thread's nice value (0 where unsupported).
int threadNiceness();

} // namespace sillok::core
