#pragma once

#include "roomexport.h"

#include <QFileDialog>

namespace ImageChat {

// File ▸ Export…: a save dialog whose file type is the export format.
// Open it with open() (window-modal, no nested event loop).
class ExportDialog : public QFileDialog
{
    Q_OBJECT

public:
    // `baseName`: the suggested file name without its suffix.
    ExportDialog(const QString &baseName, QWidget *parent = nullptr);

    // The format of the file type chosen.
    ExportFormat format() const;
    // The chosen file; the format's suffix added when the name has none.
    QString path() const;

private:
    QList<ExportFormat> m_formats; // in the order of the name filters
    QStringList m_filters;
};

} // namespace ImageChat
