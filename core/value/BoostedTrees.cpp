#include "value/BoostedTrees.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <thread>
#include <utility>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::BoostedTrees)
};

Error xgboostError(const char* what)
{
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("The prediction library (XGBoost) failed to %1: %2")
                           .arg(QString::fromLatin1(what), QString::fromUtf8(XGBGetLastError())));
}

// A DMatrix over chosen rows of a feature matrix (NaN = missing).
class Matrix
{
public:
    Matrix(const FeatureMatrix& features, const std::vector<std::size_t>& rows)
    {
        const float* data = features.values.data();
        std::vector<float> picked;
        std::size_t count = features.rows();
        if (!rows.empty()) {
            picked.reserve(rows.size() * static_cast<std::size_t>(features.columns));
            for (std::size_t row : rows) {
                const float* start = data + row * static_cast<std::size_t>(features.columns);
                picked.insert(picked.end(), start, start + features.columns);
            }
            data = picked.data();
            count = rows.size();
        }
        ok = XGDMatrixCreateFromMat(data, count, static_cast<bst_ulong>(features.columns),
                                    std::nanf(""), &handle)
             == 0;
    }
    ~Matrix()
    {
        if (handle)
            XGDMatrixFree(handle);
    }
    Matrix(const Matrix&) = delete;
    Matrix& operator=(const Matrix&) = delete;
    DMatrixHandle handle = nullptr;
    bool ok = false;
};

Result<std::vector<float>> runPrediction(void* booster, const FeatureMatrix& features, int type)
{
    Matrix matrix(features, {});
    if (!matrix.ok)
        return xgboostError("read the features");
    const QByteArray config =
        QStringLiteral(R"({"type": %1, "training": false, "iteration_begin": 0, )"
                       R"("iteration_end": 0, "strict_shape": false})")
            .arg(type)
            .toUtf8();
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* result = nullptr;
    if (XGBoosterPredictFromDMatrix(booster, matrix.handle, config.constData(), &shape, &dims,
                                    &result)
        != 0)
        return xgboostError("predict");
    std::size_t size = 1;
    for (bst_ulong d = 0; d < dims; ++d)
        size *= shape[d];
    return std::vector<float>(result, result + size);
}

} // namespace

BoostedTrees::BoostedTrees(BoostedTrees&& other) noexcept
    : m_booster(std::exchange(other.m_booster, nullptr))
    , m_classes(other.m_classes)
{}

BoostedTrees& BoostedTrees::operator=(BoostedTrees&& other) noexcept
{
    std::swap(m_booster, other.m_booster);
    m_classes = other.m_classes;
    return *this;
}

BoostedTrees::~BoostedTrees()
{
    if (m_booster)
        XGBoosterFree(m_booster);
}

Result<BoostedTrees> BoostedTrees::train(const FeatureMatrix& features,
                                         const std::vector<float>& labels,
                                         const std::vector<std::size_t>& rows,
                                         const Options& options, Progress& progress)
{
    Matrix matrix(features, rows);
    if (!matrix.ok)
        return xgboostError("read the features");
    std::vector<float> picked;
    const std::vector<float>* y = &labels;
    if (!rows.empty()) {
        picked.reserve(rows.size());
        for (std::size_t row : rows)
            picked.push_back(labels[row]);
        y = &picked;
    }
    if (XGDMatrixSetFloatInfo(matrix.handle, "label", y->data(), y->size()) != 0)
        return xgboostError("read the labels");
    BoostedTrees model;
    model.m_classes = options.classes;
    const DMatrixHandle train[] = {matrix.handle};
    if (XGBoosterCreate(train, 1, &model.m_booster) != 0)
        return xgboostError("create a model");
    auto set = [&](const char* key, const QString& value) {
        return XGBoosterSetParam(model.m_booster, key, value.toUtf8().constData()) == 0;
    };
    bool ok = set("tree_method", QStringLiteral("hist"))
              && set("max_depth", QString::number(options.maxDepth))
              && set("max_bin", QString::number(options.maxBins))
              && set("min_child_weight", QString::number(options.minChildWeight))
              && set("eta", QString::number(options.learningRate))
              && set("subsample", QString::number(options.subsample))
              && set("seed", QString::number(options.seed))
              && set("verbosity", QStringLiteral("0"));
    // Below some ten thousand rows a tree is built in microseconds and
    // OpenMP's barriers (several per tree level) cost more than they save; on
    // a busy two-core machine they cost seconds. One thread, then.
    const std::size_t rowCount = rows.empty() ? features.rows() : rows.size();
    const int threads = rowCount < 20000 ? 1 : options.threads;
    if (threads > 0)
        ok = ok && set("nthread", QString::number(threads));
    if (options.classes > 2) {
        ok = ok && set("objective", QStringLiteral("multi:softprob"))
             && set("num_class", QString::number(options.classes))
             && set("eval_metric", QStringLiteral("mlogloss"));
    } else {
        ok = ok && set("objective", QStringLiteral("binary:logistic"))
             && set("eval_metric", QStringLiteral("auc"));
    }
    if (!ok)
        return xgboostError("set its parameters");
    for (int round = 0; round < options.rounds; ++round) {
        if (progress.isCancelled())
            return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
        if (XGBoosterUpdateOneIter(model.m_booster, round, matrix.handle) != 0)
            return xgboostError("train");
    }
    // Predictions run over every customer, whatever the training set was.
    const int predictThreads =
        options.threads > 0 ? options.threads
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (!set("nthread", QString::number(predictThreads)))
        return xgboostError("set its parameters");
    return model;
}

Result<std::vector<float>> BoostedTrees::predict(const FeatureMatrix& features) const
{
    return runPrediction(m_booster, features, 0);
}

Result<std::vector<float>> BoostedTrees::contributions(const FeatureMatrix& features) const
{
    return runPrediction(m_booster, features, 3);
}

Result<std::vector<double>> BoostedTrees::importance(int columns) const
{
    const char* config = R"({"importance_type": "total_gain", "feature_map": ""})";
    bst_ulong featureCount = 0;
    const char** names = nullptr;
    bst_ulong dims = 0;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    if (XGBoosterFeatureScore(m_booster, config, &featureCount, &names, &dims, &shape, &scores)
        != 0)
        return xgboostError("rank the features");
    std::vector<double> out(static_cast<std::size_t>(columns), 0.0);
    // Scores come per feature name ("f12"), summed over classes when there are
    // several (a score per feature and class).
    const std::size_t perFeature = dims == 2 ? shape[1] : 1;
    double total = 0;
    for (bst_ulong i = 0; i < featureCount; ++i) {
        const int column = QByteArray(names[i]).mid(1).toInt();
        if (column < 0 || column >= columns)
            continue;
        for (std::size_t k = 0; k < perFeature; ++k) {
            const double s = scores[i * perFeature + k];
            out[static_cast<std::size_t>(column)] += s;
            total += s;
        }
    }
    if (total > 0) {
        for (double& s : out)
            s /= total;
    }
    return out;
}

Result<QByteArray> BoostedTrees::save() const
{
    bst_ulong length = 0;
    const char* data = nullptr;
    if (XGBoosterSaveModelToBuffer(m_booster, R"({"format": "json"})", &length, &data) != 0)
        return xgboostError("save the model");
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace rapport::core::value
