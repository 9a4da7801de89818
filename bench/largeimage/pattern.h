#pragma once

// The test pattern of the large-image benchmark and tests: 64-pixel blocks of
// distinct colours with a gradient inside each, so that a pixel's value says
// where in the image it came from (a wrong tile, level or offset shows), and
// block edges fall on JPEG's 8- and 16-pixel blocks (no ringing across them).
// The writers stream rows, so a 20,000 x 20,000 image never sits in memory.

#include <QRgb>
#include <QString>

#include <jpeglib.h>
#include <png.h>

#include <cstdio>
#include <vector>

namespace ImageChat::Pattern {

inline QRgb pixel(int x, int y)
{
    const int bx = x >> 6;
    const int by = y >> 6;
    return qRgb((bx * 37 + (x & 63)) & 255, (by * 53 + (y & 63)) & 255, ((bx + by) * 11) & 255);
}

inline void fillRow(std::vector<unsigned char> &row, int width, int y)
{
    row.resize(size_t(width) * 3);
    for (int x = 0; x < width; ++x) {
        const QRgb p = pixel(x, y);
        row[size_t(x) * 3] = qRed(p);
        row[size_t(x) * 3 + 1] = qGreen(p);
        row[size_t(x) * 3 + 2] = qBlue(p);
    }
}

// 8-bit RGB PNG at a zlib level; false when the file cannot be written.
inline bool writePng(const QString &path, int width, int height, int compression = 6)
{
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!file)
        return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    std::vector<unsigned char> row;
    bool ok = false;
    if (info && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, file);
        // The rows are gradients: the Sub filter makes them runs of ones.
        png_set_filter(png, 0, PNG_FILTER_SUB);
        png_set_compression_level(png, compression);
        png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_write_info(png, info);
        for (int y = 0; y < height; ++y) {
            fillRow(row, width, y);
            png_write_row(png, row.data());
        }
        png_write_end(png, nullptr);
        ok = true;
    }
    png_destroy_write_struct(&png, info ? &info : nullptr);
    return std::fclose(file) == 0 && ok;
}

// Baseline JPEG at the given quality (libjpeg exits the program on errors).
inline bool writeJpeg(const QString &path, int width, int height, int quality = 90)
{
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!file)
        return false;
    jpeg_compress_struct cinfo;
    jpeg_error_mgr jerr;
    cinfo.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&cinfo);
    jpeg_stdio_dest(&cinfo, file);
    cinfo.image_width = JDIMENSION(width);
    cinfo.image_height = JDIMENSION(height);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    std::vector<unsigned char> row;
    for (int y = 0; y < height; ++y) {
        fillRow(row, width, y);
        JSAMPROW rows[] = { row.data() };
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return std::fclose(file) == 0;
}

} // namespace ImageChat::Pattern
