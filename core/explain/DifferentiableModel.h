#pragma once
// INTERNAL header (includes LibTorch): the autograd view of a model that Integrated Gradients needs,
// for .cpp files of core/explain only. Adapters exist for the native AASIST (through
// aasist::aasistNetOf) and for TorchScript models (the module file is loaded again for autograd).
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include "models/EmbeddingModel.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace st {

class DifferentiableModel
{
public:
    virtual ~DifferentiableModel() = default;

    /// (embedding [B, D], logits [B, C]) of waveforms [B, T] with autograd (eval mode).
    virtual std::pair<at::Tensor, at::Tensor> forward(const at::Tensor &waveforms) = 0;
    virtual c10::Device device() const = 0;
    /// Shortest input the network takes.
    virtual int64_t minimumSamples() const { return 1; }
    /// Bytes of activations kept for backward per input sample and batch row (an estimate).
    virtual double bytesPerSample() const = 0;

    /// A front end L that is linear in the waveform, with forwardFromFrontEnd(L(x)) == forward(x).
    /// IG then computes L(x') and L(x - x') once per path instead of L at every step.
    virtual bool hasLinearFrontEnd() const { return false; }
    virtual at::Tensor frontEnd(const at::Tensor &waveforms) { return waveforms; }
    virtual std::pair<at::Tensor, at::Tensor> forwardFromFrontEnd(const at::Tensor &h) { return forward(h); }
    /// A longer front end P, piecewise linear and positively homogeneous (P(a x) = a P(x) for a > 0, with
    /// the same pieces), whose outputs forwardFromFrontEnd(), forwardWithSelections() and
    /// probeWithSelections() also take (told apart by their shape). On a path from silence IG computes
    /// P(x) once and runs the steps from a P(x): P's Jacobian is the same at every step, so the summed
    /// gradient goes back through P once. AASIST: the sinc convolution, |.| and the 3 x 3 max-pool.
    virtual bool hasHomogeneousFrontEnd() const { return false; }
    virtual at::Tensor homogeneousFrontEnd(const at::Tensor &waveforms) { return frontEnd(waveforms); }

    /// Discrete choices the network makes (AASIST: the nodes each graph pool keeps). Where they change
    /// along the path the target can jump, and Integrated Gradients attributes the jump through the
    /// scores whose crossing caused it. A layer keeps `index` [B, k] of `scores` [B, N]; `level` orders
    /// the layers by dependence (a change at level 0 can cause changes at level 1, not the reverse).
    struct Selection
    {
        QString layer;
        int level = 0;
        at::Tensor scores, index;
    };
    virtual bool hasSelections() const { return false; }
    /// forward() (or forwardFromFrontEnd() when `fromFrontEnd`) that also returns the selections; the
    /// scores keep their autograd graph when autograd is on. With `backEndInput` and hasBackEnd(), also
    /// the back end's input of every row (detached).
    virtual std::pair<at::Tensor, at::Tensor> forwardWithSelections(const at::Tensor &in, bool fromFrontEnd,
                                                                    std::vector<Selection> &selections,
                                                                    at::Tensor *backEndInput = nullptr)
    {
        (void)backEndInput;
        selections.clear();
        return fromFrontEnd ? forwardFromFrontEnd(in) : forward(in);
    }
    /// Inference (no autograd) of waveforms [B, T] with the selections, through the model's fast path
    /// where it has one (the values of forward() up to rounding). A model with a linear front end may
    /// also take front-end outputs (frontEnd(), more than 2 dimensions) here; the AASIST adapter does.
    virtual std::pair<at::Tensor, at::Tensor> probeWithSelections(const at::Tensor &waveforms, std::vector<Selection> &selections,
                                                                  at::Tensor *backEndInput = nullptr)
    {
        return forwardWithSelections(waveforms, false, selections, backEndInput);
    }
    /// A back end that holds every selection: forward(x) == backEnd(E(x)) for an encoder E whose output
    /// forwardWithSelections() and probeWithSelections() return in `backEndInput`. The jump search of
    /// Integrated Gradients then locates the crossings between two recorded points on the back end alone,
    /// from their encoder outputs interpolated (IgSettings::interpolatedJumpSearch). AASIST: the graph
    /// attention back end after the residual blocks.
    virtual bool hasBackEnd() const { return false; }
    /// The back end of encoder outputs `e` [B, ...] without autograd, with the selections.
    virtual std::pair<at::Tensor, at::Tensor> backEndWithSelections(const at::Tensor &e, std::vector<Selection> &selections)
    {
        return forwardWithSelections(e, false, selections);
    }

    /// Front-end features for the mean-feature baseline (FeatureIntegratedGradients.h): features(x) [B, F, T]
    /// with forwardFromFeatures(features(x)) == forward(x); featureBinHz() the frequency of each of the F rows
    /// (for band shares) and featureHop() the samples between frames (frame t centred at t * hop).
    virtual bool hasFeatureFrontEnd() const { return false; }
    virtual at::Tensor features(const at::Tensor &waveforms) { return waveforms; }
    virtual std::pair<at::Tensor, at::Tensor> forwardFromFeatures(const at::Tensor &features) { return forward(features); }
    virtual std::vector<double> featureBinHz() const { return {}; }
    virtual int featureHop() const { return 1; }
    virtual QString featureName() const { return {}; }
};

/// The adapter for `model`; throws st::Error naming the model for a kind that is not differentiable here.
std::unique_ptr<DifferentiableModel> makeDifferentiableModel(const EmbeddingModelPtr &model);

} // namespace st
