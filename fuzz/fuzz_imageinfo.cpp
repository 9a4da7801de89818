// Image headers of an upload, parsed by hand (core/imageinfo.cpp).
#include "fuzzcommon.h"
#include "imageinfo.h"

#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (const std::optional<ImageInfo> info = readImageInfo(Fuzz::bytes(data, size))) {
        FUZZ_CHECK(info->width > 0 && info->width <= MaxImageSide);
        FUZZ_CHECK(info->height > 0 && info->height <= MaxImageSide);
        FUZZ_CHECK(info->mime.startsWith(QLatin1String("image/")));
    }
    return 0;
}
