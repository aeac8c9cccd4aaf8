#include "annotation/AnnotationCommands.h"
#include "common/LocaleFormat.h"

#include "annotation/AnnotationModel.h"
#include "util/Error.h"

#include <QLocale>
#include <QCoreApplication>

namespace st {

namespace {
QString span(const Annotation &a)
{
    return QCoreApplication::translate("st::AnnotationCommand", "%1 at %2–%3 s")
        .arg(cueName(a.cue))
        .arg(shownLocale().toString(a.startS, 'f', 2))
        .arg(shownLocale().toString(a.endS, 'f', 2));
}
} // namespace

void AnnotationCommand::redo()
{
    try {
        apply();
    } catch (const Error &e) {
        if (m_sink)
            *m_sink = e.message();
        qWarning("%s", qPrintable(e.message()));
        setObsolete(true);
    }
}

void AnnotationCommand::undo()
{
    try {
        revert();
    } catch (const Error &e) {
        if (m_sink)
            *m_sink = e.message();
        qWarning("%s", qPrintable(e.message()));
    }
}

AddAnnotationCommand::AddAnnotationCommand(AnnotationModel *model, const Annotation &a) : AnnotationCommand(model), m_a(a)
{
    setText(QCoreApplication::translate("st::AnnotationCommand", "add annotation %1").arg(span(a)));
}

void AddAnnotationCommand::apply()
{
    const Annotation stored = m_model->add(m_a);
    if (m_id)
        m_model->alias(m_id, stored.id);
    m_id = stored.id;
}

void AddAnnotationCommand::revert() { m_model->remove(m_model->resolve(m_id)); }

EditAnnotationCommand::EditAnnotationCommand(AnnotationModel *model, const Annotation &before, const Annotation &after)
    : AnnotationCommand(model), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("st::AnnotationCommand", "edit annotation %1").arg(span(before)));
}

void EditAnnotationCommand::apply()
{
    Annotation a = m_after;
    a.id = m_model->resolve(m_before.id);
    m_model->update(a);
}

void EditAnnotationCommand::revert()
{
    Annotation a = m_before;
    a.id = m_model->resolve(m_before.id);
    m_model->update(a);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationModel *model, const Annotation &a)
    : AnnotationCommand(model), m_a(a), m_id(a.id)
{
    setText(QCoreApplication::translate("st::AnnotationCommand", "delete annotation %1").arg(span(a)));
}

void DeleteAnnotationCommand::apply()
{
    // The content to restore is what is stored now (an edit since the command was made is kept).
    const qint64 id = m_model->resolve(m_id);
    if (const auto now = m_model->find(id))
        m_a = *now;
    m_model->remove(id);
    m_id = id;
}

void DeleteAnnotationCommand::revert()
{
    const Annotation stored = m_model->add(m_a);
    m_model->alias(m_id, stored.id);
    m_id = stored.id;
}

} // namespace st
