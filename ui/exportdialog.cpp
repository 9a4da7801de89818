#include "exportdialog.h"

#include <QFileInfo>

namespace ImageChat {

ExportDialog::ExportDialog(const QString &baseName, QWidget *parent)
    : QFileDialog(parent, tr("Export"))
    , m_formats { ExportFormat::Pdf, ExportFormat::Png, ExportFormat::W3c, ExportFormat::Json }
    , m_filters { tr("PDF report (*.pdf)"), tr("Image with numbered markers (*.png)"),
                  tr("W3C Web Annotations (*.jsonld)"), tr("ImageChat JSON (*.json)") }
{
    setObjectName(QStringLiteral("exportDialog"));
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters(m_filters);
    selectNameFilter(m_filters.first());
    setDefaultSuffix(exportFormatSuffix(m_formats.first()));
    selectFile(baseName + QLatin1Char('.') + exportFormatSuffix(m_formats.first()));
    // The suffix follows the file type, so that the name says what is inside.
    connect(this, &QFileDialog::filterSelected, this, [this, baseName](const QString &) {
        const QString suffix = exportFormatSuffix(format());
        setDefaultSuffix(suffix);
        selectFile(baseName + QLatin1Char('.') + suffix);
    });
}

ExportFormat ExportDialog::format() const
{
    const qsizetype index = m_filters.indexOf(selectedNameFilter());
    return index >= 0 ? m_formats.at(index) : m_formats.first();
}

QString ExportDialog::path() const
{
    const QStringList files = selectedFiles();
    return files.value(0);
}

} // namespace ImageChat
