#include "logging.h"

Q_LOGGING_CATEGORY(lcModel, "imagechat.core.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "imagechat.core.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "imagechat.core.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "imagechat.core.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUndo, "imagechat.core.undo")
Q_LOGGING_CATEGORY(lcNotify, "imagechat.core.notify", QtInfoMsg)
