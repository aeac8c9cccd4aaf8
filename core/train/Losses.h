#pragma once
// The training losses, evaluated on plain vectors with their gradient with respect to the input (through
// LibTorch's autograd inside Trainer.cpp), so that tests check them against hand-computed values without
// including LibTorch. The trainer uses the same functions on tensors.
//
//   cross-entropy   mean over rows with a label >= 0 of -log softmax(z)_y
//   AAM-softmax     (ArcFace) inputs are cosines; the target cosine becomes cos(theta + m) where theta + m < pi,
//                   else cos(theta) - m sin(m) (keeps the loss monotonic); then cross-entropy of s * cosines
//   OC-softmax      Zhang et al. 2021: input the cosine score s of each row to the bona fide direction;
//                   bona fide (label 0): softplus(alpha (m_real - s)), spoof (label 1): softplus(alpha (s - m_fake))
//   GE2E            Wan et al. 2018 (softmax variant) over the classes present in the batch: S_ij = w cos(e_i, c_j) + b
//                   with c_j the centroid of class j (leaving e_i out of its own class's centroid); loss_i =
//                   -S_i,y(i) + log sum_j exp(S_ij), averaged over rows whose class has at least two rows; w is
//                   clamped at 1e-6 from below
#include <vector>

namespace st::train {

struct LossValue
{
    double loss = 0;
    std::vector<double> gradient; ///< d loss / d input, row-major like the input
};

LossValue crossEntropyProbe(const std::vector<float> &logits, int rows, int cols, const std::vector<int> &labels);
LossValue aamSoftmaxProbe(const std::vector<float> &cosines, int rows, int cols, const std::vector<int> &labels,
                          double scale, double margin);
LossValue ocSoftmaxProbe(const std::vector<float> &scores, const std::vector<int> &labels, double alpha, double mReal,
                         double mFake);
LossValue ge2eProbe(const std::vector<float> &embeddings, int rows, int dim, const std::vector<int> &labels, double w,
                    double b);

} // namespace st::train
