#pragma once
// FFTW's planner (fftwf_plan_*, fftwf_destroy_plan) is not thread-safe; fftwf_execute on distinct
// plans is. Every piece of SourceTrace that makes or destroys an FFTW plan holds this one mutex while
// doing so.
#include <mutex>

namespace st {

std::mutex &fftwPlannerMutex();

} // namespace st
