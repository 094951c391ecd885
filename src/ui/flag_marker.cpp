#include "ui/flag_marker.h"

#include <wx/brush.h>
#include <wx/font.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/pen.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

namespace fc::ui {

wxColour UrgentColour()
{
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(0xFF, 0x7B, 0x63) : wxColour(0xC0, 0x1C, 0x28);
}

wxColour ReviewColour()
{
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(0xF8, 0xE4, 0x5C) : wxColour(0xB5, 0x83, 0x5A);
}

namespace {
wxImage FlagImage(const wxSize& size, bool urgent)
{
    wxImage image(size);
    image.InitAlpha();
    for (int y = 0; y < size.y; ++y)
        for (int x = 0; x < size.x; ++x)
            image.SetAlpha(x, y, 0);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        const double w = size.x, h = size.y;
        const wxColour colour = urgent ? UrgentColour() : ReviewColour();
        gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT), std::max(1.0, w / 12)));
        gc->StrokeLine(w * 0.25, h * 0.08, w * 0.25, h * 0.94); // the pole
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(colour));
        auto flag = gc->CreatePath();
        flag.MoveToPoint(w * 0.28, h * 0.1);
        flag.AddLineToPoint(w * 0.92, h * 0.32);
        flag.AddLineToPoint(w * 0.28, h * 0.56);
        flag.CloseSubpath();
        gc->FillPath(flag);
    }
    return image;
}
} // namespace

wxBitmapBundle FlagMarker(const wxSize& size, bool urgent)
{
    return wxBitmapBundle(wxBitmap(FlagImage(size, urgent)));
}

wxBitmapBundle FlagBadge(const wxSize& size, long count, bool urgent)
{
    auto image = FlagImage(size, urgent || count == 0);
    if (count > 0) {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        const double d = size.y * 0.62;
        const double x = size.x - d, y = size.y - d;
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(urgent ? UrgentColour() : ReviewColour()));
        gc->DrawEllipse(x, y, d, d);
        const wxString text = count > 99 ? wxString("99+") : wxString::Format("%ld", count);
        wxFont font(wxFontInfo(wxSize(0, static_cast<int>(d * 0.72))).Bold());
        gc->SetFont(font, *wxWHITE);
        double tw = 0, th = 0;
        gc->GetTextExtent(text, &tw, &th);
        gc->DrawText(text, x + (d - tw) / 2, y + (d - th) / 2);
    }
    return wxBitmapBundle(wxBitmap(image));
}

} // namespace fc::ui
