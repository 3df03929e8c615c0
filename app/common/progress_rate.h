#pragma once
// When an import's progress shows its rate and the time left (the CLI's line, the GUI's dialog):
// from the first second on, or once it is done however short it was. The first articles reach the
// writer as one run (the workers' first half window, common/ordered_pipeline.h), so a rate taken
// before says minutes for a few seconds' work.

namespace sillok::app {

inline constexpr double kRateSettleSeconds = 1.0;

constexpr bool rateSettled(int done, int total, double seconds)
{
    return seconds >= kRateSettleSeconds || done >= total;
}

} // namespace sillok::app
