#include "ui/patient_banner.h"

#include "ui/flag_marker.h"
#include "ui/record_tab.h"
#include "ui/wx_text.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <utility>

namespace fc::ui {

wxColour WarningColour()
{
    // Adwaita's dark orange on light backgrounds (4.6:1 on white), its light orange on dark ones.
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(0xFF, 0xA3, 0x48) : wxColour(0xC6, 0x46, 0x00);
}

PatientBanner::PatientBanner(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "patient_banner");
    name_ = XRCCTRL(*this, "name", wxStaticText);
    archived_ = XRCCTRL(*this, "archived", wxStaticText);
    summary_ = XRCCTRL(*this, "summary", wxStaticText);
    precautions_icon_ = XRCCTRL(*this, "open_precautions_icon", wxStaticBitmap);
    precautions_ = XRCCTRL(*this, "open_precautions", wxStaticText);
    name_->SetFont(name_->GetFont().Scaled(1.5f).Bold());
    archived_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    precautions_->SetForegroundColour(WarningColour());
    flags_icon_ = XRCCTRL(*this, "open_flags_icon", wxStaticBitmap);
    flags_ = XRCCTRL(*this, "open_flags", wxStaticText);
    flags_->SetMinSize(wxSize(FromDIP(120), -1));
    const auto marker = precautions_icon_->GetBitmap().GetSize();
    flags_icon_->SetBitmap(FlagMarker(marker.IsFullySpecified() ? marker : FromDIP(wxSize(16, 16)), true));
    // Wrapped to the width it is given (below), never widening the window.
    precautions_->SetMinSize(wxSize(FromDIP(120), -1));
    for (auto* label : {precautions_, flags_})
        label->Bind(wxEVT_SIZE, [this, label](wxSizeEvent& event) {
            event.Skip();
            CallAfter([this, label] {
                if (label->IsShown() && label->GetSize().x != wrapped_for_)
                    WrapPrecautions();
            });
        });
}

void PatientBanner::ShowRecord(const RecordView& view)
{
    const auto& p = view.record.patient;
    name_->SetLabelText(to_wx(p.family_name + ", " + p.given_name));
    archived_->Show(p.archived);

    wxString summary;
    const wxString dot = L" \u00b7 ";
    if (!p.preferred_name.empty() && p.preferred_name != p.given_name)
        summary << wxString::Format(_("Preferred name: %s"), to_wx(p.preferred_name)) << dot;
    summary << wxString::Format(_("%d years (born %s)"), age_on(p.dob, view.today), to_wx(to_iso(p.dob)));
    if (!p.pronouns.empty())
        summary << dot << to_wx(p.pronouns);
    summary << dot << wxString::Format(_("MRN %s"), to_wx(p.mrn));
    summary_->SetLabelText(summary);

    wxString open;
    for (const auto& pr : view.record.precautions)
        if (pr.is_open_on(view.today))
            open << (open.empty() ? "" : "; ")
                 << wxString::Format(_("%s (since %s)"), to_wx(label(pr.kind)), to_wx(to_iso(pr.noted_on)));
    precautions_text_ = open.empty() ? wxString() : wxString::Format(_("Open precautions: %s"), open);
    precautions_->Show(!open.empty());
    precautions_icon_->Show(!open.empty());
    ShowFlags(view);
    WrapPrecautions();
    Layout();
}

void PatientBanner::ShowFlags(const RecordView& view)
{
    const auto& flags = view.record.open_flags;
    int urgent = 0;
    wxString which;
    // The first few in full (urgent come first); the queue has them all.
    constexpr std::size_t named = 3;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        urgent += flags[i].severity == RedFlagSeverity::Urgent ? 1 : 0;
        if (i < named)
            which << (which.empty() ? "" : "; ") << to_wx(flags[i].message);
    }
    if (flags.size() > named)
        which << wxString::Format(_("; and %zu more in the red-flag queue (Ctrl+R)"), flags.size() - named);
    flags_text_.clear();
    if (!flags.empty())
        flags_text_ = (urgent ? wxString::Format(wxPLURAL("%zu red flag to review (%d urgent): ",
                                                          "%zu red flags to review (%d urgent): ", flags.size()),
                                                 flags.size(), urgent)
                              : wxString::Format(wxPLURAL("%zu red flag to review: ", "%zu red flags to review: ",
                                                          flags.size()),
                                                 flags.size())) +
                      which;
    flags_->SetForegroundColour(urgent ? UrgentColour() : ReviewColour());
    const auto marker = flags_icon_->GetBitmap().GetSize();
    flags_icon_->SetBitmap(FlagMarker(marker, urgent > 0));
    flags_->Show(!flags.empty());
    flags_icon_->Show(!flags.empty());
}

void PatientBanner::WrapPrecautions()
{
    if (precautions_text_.empty() && flags_text_.empty())
        return;
    const int width = precautions_->IsShown() ? precautions_->GetSize().x : flags_->GetSize().x;
    wrapped_for_ = width;
    for (auto [label, text] : {std::pair(precautions_, &precautions_text_), std::pair(flags_, &flags_text_)}) {
        label->SetLabelText(*text);
        if (width > 0)
            label->Wrap(width);
        label->InvalidateBestSize();
    }
    InvalidateBestSize();
    Layout();
    GetParent()->Layout();
}

} // namespace fc::ui
