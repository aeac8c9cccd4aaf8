#include "tracing/EnrolClipsDialog.h"

#include "tracing/LibrarySourceModel.h"
#include "library/FingerprintLibrary.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

EnrolClipsDialog::EnrolClipsDialog(const QStringList &paths, const FingerprintLibrary *library, QWidget *parent)
    : QDialog(parent), m_paths(paths)
{
    setWindowTitle(tr("Enrol %n clip(s)", nullptr, int(paths.size())));
    auto *v = new QVBoxLayout(this);
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    auto *list = new QLabel(names.size() <= 6 ? names.join(QLatin1Char('\n'))
                                              : names.mid(0, 5).join(QLatin1Char('\n'))
                                                    + tr("\n... and %1 more").arg(names.size() - 5));
    list->setToolTip(paths.join(QLatin1Char('\n')));
    v->addWidget(list);
    auto *form = new QFormLayout;
    for (SourceLevel level : allSourceLevels()) {
        auto *e = new QLineEdit;
        e->setObjectName(QStringLiteral("label_%1").arg(sourceLevelName(level)));
        e->setPlaceholderText(level == SourceLevel::Attack ? tr("e.g. A01 (leave empty to skip this level)")
                                                           : tr("optional"));
        if (library) {
            QStringList known;
            for (const SourceInfo &s : library->sources(level))
                known << s.name;
            auto *c = new QCompleter(known, e);
            c->setCaseSensitivity(Qt::CaseInsensitive);
            e->setCompleter(c);
        }
        connect(e, &QLineEdit::textChanged, this, [this]() { update(); });
        form->addRow(LibrarySourceModel::levelTitle(level) + QLatin1Char(':'), e);
        m_fields.insert(level, e);
    }
    v->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(m_buttons);
    update();
}

QMap<SourceLevel, QString> EnrolClipsDialog::labels() const
{
    QMap<SourceLevel, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString t = it.value()->text().trimmed();
        if (!t.isEmpty())
            out.insert(it.key(), t);
    }
    return out;
}

void EnrolClipsDialog::setLabel(SourceLevel level, const QString &text)
{
    if (QLineEdit *e = m_fields.value(level))
        e->setText(text);
}

bool EnrolClipsDialog::acceptable() const
{
    return !m_paths.isEmpty() && !labels().isEmpty();
}

void EnrolClipsDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable());
}

std::vector<ClipToEnrol> EnrolClipsDialog::clips(const QStringList &paths, const QMap<SourceLevel, QString> &labels)
{
    std::vector<ClipToEnrol> out;
    for (const QString &p : paths) {
        ClipToEnrol c;
        c.path = p;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            if (!it.value().trimmed().isEmpty())
                c.labels.insert(it.key(), it.value().trimmed());
        if (c.labels.contains(SourceLevel::Attack)) {
            QMap<QString, QString> a;
            if (c.labels.contains(SourceLevel::AcousticModel))
                a.insert(QStringLiteral("acoustic_model"), c.labels.value(SourceLevel::AcousticModel));
            if (c.labels.contains(SourceLevel::Vocoder))
                a.insert(QStringLiteral("vocoder"), c.labels.value(SourceLevel::Vocoder));
            if (!a.isEmpty())
                c.attributes.insert(SourceLevel::Attack, a);
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace st
