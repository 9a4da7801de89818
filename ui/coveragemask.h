#pragma once

#include <QRect>
#include <QtAlgorithms>
#include <QtGlobal>

#include <limits>
#include <vector>

namespace ImageChat {

// Per pixel row of a pin, a run of columns (whole screen pixels relative to
// its tip).
struct PinSpan
{
    int from; // inclusive; from > to is an empty row
    int to;
};

// Per pixel row of the pin, the columns it may paint at all and those it
// surely paints solid; loose and tight by a pixel, so rounding never hides a
// pin wrongly. The pin layer uses it to skip pins hidden under others.
struct PinSilhouette
{
    int top = 0; // row of painted[0] and solid[0], relative to the tip
    std::vector<PinSpan> painted;
    std::vector<PinSpan> solid;
};

// A bit per pixel of an area of the viewport: which pixels a pin above has
// already painted with solid colour.
class CoverageMask
{
public:
    CoverageMask(std::vector<quint64> &bits, const QRect &area)
        : m_bits(bits)
        , m_area(area)
        , m_words((area.width() + 63) / 64)
    {
        m_bits.assign(size_t(m_words) * size_t(qMax(0, area.height())), 0);
    }

    // The bounding box (viewport pixels) of the pixels of the rows (from row
    // `top`, spans relative to x) that nothing covers yet; empty when the
    // mask covers them all.
    QRect uncovered(int x, int top, const std::vector<PinSpan> &rows) const
    {
        int left = std::numeric_limits<int>::max();
        int right = std::numeric_limits<int>::min();
        int first = -1;
        int last = -1;
        for (size_t i = 0; i < rows.size(); ++i) {
            const int y = top + int(i);
            const PinSpan &span = rows[i];
            if (span.from > span.to || y < m_area.top() || y > m_area.bottom())
                continue;
            const int x0 = qMax(x + span.from, m_area.left()) - m_area.left();
            const int x1 = qMin(x + span.to, m_area.right()) - m_area.left();
            if (x0 > x1)
                continue;
            const quint64 *row = &m_bits[size_t(y - m_area.top()) * size_t(m_words)];
            bool open = false;
            for (int w = x0 / 64; w <= x1 / 64; ++w) {
                const quint64 gaps = ~row[w] & spanMask(w, x0, x1);
                if (!gaps)
                    continue;
                open = true;
                left = qMin(left, w * 64 + int(qCountTrailingZeroBits(gaps)));
                right = qMax(right, w * 64 + 63 - int(qCountLeadingZeroBits(gaps)));
            }
            if (open) {
                if (first < 0)
                    first = y;
                last = y;
            }
        }
        if (first < 0)
            return {};
        return QRect(QPoint(left + m_area.left(), first), QPoint(right + m_area.left(), last));
    }

    void cover(int x, int top, const std::vector<PinSpan> &rows)
    {
        for (size_t i = 0; i < rows.size(); ++i) {
            const int y = top + int(i);
            const PinSpan &span = rows[i];
            if (span.from > span.to || y < m_area.top() || y > m_area.bottom())
                continue;
            const int x0 = qMax(x + span.from, m_area.left()) - m_area.left();
            const int x1 = qMin(x + span.to, m_area.right()) - m_area.left();
            if (x0 > x1)
                continue;
            quint64 *row = &m_bits[size_t(y - m_area.top()) * size_t(m_words)];
            for (int w = x0 / 64; w <= x1 / 64; ++w)
                row[w] |= spanMask(w, x0, x1);
        }
    }

private:
    // Bits x0..x1 (inclusive) that fall in word w.
    static quint64 spanMask(int w, int x0, int x1)
    {
        const int from = qMax(x0 - w * 64, 0);
        const int to = qMin(x1 - w * 64, 63);
        const quint64 upTo = to == 63 ? ~quint64(0) : (quint64(1) << (to + 1)) - 1;
        return upTo & ~((quint64(1) << from) - 1);
    }

    std::vector<quint64> &m_bits;
    QRect m_area;
    int m_words;
};

} // namespace ImageChat
