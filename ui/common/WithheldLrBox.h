#pragma once
// The box that says a likelihood ratio is withheld, and why: the clip lies outside the conditions the model was
// validated under (validity.json, core/library/ValidatedConditions.h), one reason per condition. Drawn in the
// warning colours of the damaged-evidence banner so that it cannot be missed; hidden while there is nothing to say.
#include <QLabel>
#include <QStringList>

namespace st {

class WithheldLrBox : public QLabel
{
    Q_OBJECT
public:
    explicit WithheldLrBox(QWidget *parent = nullptr);

    /// Shows the box with `intro` (a sentence on what is withheld) and the reasons as a list; empty `reasons`
    /// hides it.
    void setReasons(const QString &intro, const QStringList &reasons);
    void clear();
    const QStringList &reasons() const { return m_reasons; }
    /// The box as plain text: the title, the intro, then one reason a line (tests, copying).
    QString plainText() const { return m_plain; }

private:
    QStringList m_reasons;
    QString m_plain;
};

} // namespace st
