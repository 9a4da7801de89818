#pragma once

#include <QLoggingCategory>

// One category per area, so a user can enable exactly the log they need, e.g.
// QT_LOGGING_RULES="imagechat.core.sync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcUndo)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
