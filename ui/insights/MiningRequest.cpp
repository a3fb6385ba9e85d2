#include "insights/MiningRequest.h"

namespace rapport::ui {

MiningRequest MiningRequest::defaults()
{
    MiningRequest request;
    request.mining.algorithm = core::mining::Algorithm::FpGrowth;
    request.mining.minSupport = 0.01;
    request.mining.maxSize = 4;
    request.rules.minConfidence = 0.2;
    request.rules.minLift = 1.0;
    return request;
}

} // namespace rapport::ui
