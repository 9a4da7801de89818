#include "exportlogging.h"

Q_LOGGING_CATEGORY(lcExport, "imagechat.export", QtInfoMsg)
