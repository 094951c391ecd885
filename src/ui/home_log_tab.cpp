#include "ui/home_log_tab.h"

#include "services/home_log_book.h"
#include "ui/error_messages.h"
#include "ui/flag_text.h"
#include "ui/home_log_dialog.h"
#include "ui/list_columns.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <utility>

namespace fc::ui {

HomeLogTab::HomeLogTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "home_log_tab");
    list_ = XRCCTRL(*this, "home_log", wxDataViewListCtrl);
    list_->SetName("home_log");
    FindWindow("home_log_none")->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    FindWindow("home_log_hint")->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    AddSizedColumn(list_, _("Date"), {"0000-00-00"});
    AddSizedColumn(list_, _("Dilator"), {"32 mm"});
    AddSizedColumn(list_, _("Minutes"), {"120 min"});
    AddSizedColumn(list_, _("Comfort"), {"10/10"});
    AddSizedColumn(list_, _("Pain"), {"10/10"});
    AddSizedColumn(list_, _("Bleeding"), {_("Bleeding")});
    AddSizedColumn(list_, _("Notes"), {}, true);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Add(); }, XRCID("add_home_session"));
}

wxString HomeLogTab::Title() const
{
    return _("Home log");
}

void HomeLogTab::ShowRecord(const RecordView& view)
{
    view_.reset();
    view_.emplace(view);
    Load(std::exchange(select_after_reload_, std::nullopt));
}

void HomeLogTab::Load(std::optional<std::int64_t> select)
{
    entries_.clear();
    if (view_ && view_->clinic)
        ShowingErrors(this, [&] { entries_ = HomeLogBook(*view_->clinic, view_->actor).for_patient(view_->record.patient.id); });
    std::reverse(entries_.begin(), entries_.end()); // newest first
    std::vector<ListRow> rows;
    for (const auto& e : entries_) {
        wxString text = to_wx(e.text);
        text.Replace("\n", " ");
        rows.push_back({to_wx(to_iso(e.date)), MeasureCell(e.dilator_mm, " mm"), MeasureCell(e.minutes, " min"),
                        MeasureCell(e.comfort, "/10"), MeasureCell(e.pain, "/10"), e.bleeding ? _("Bleeding") : wxString(), text});
    }
    ShowListRows(list_, rows);
    list_->Show(!entries_.empty());
    auto* none = XRCCTRL(*this, "home_log_none", wxStaticText);
    none->SetLabelText(_("No home sessions recorded yet."));
    none->Show(entries_.empty());
    XRCCTRL(*this, "count", wxStaticText)
        ->SetLabelText(entries_.empty() ? wxString() : wxString::Format(_("%zu home sessions"), entries_.size()));
    for (std::size_t i = 0; select && i < entries_.size(); ++i)
        if (entries_[i].id == *select) {
            list_->SelectRow(static_cast<unsigned>(i));
            list_->EnsureVisible(list_->RowToItem(static_cast<int>(i)));
        }
    FindWindow("add_home_session")->Enable(view_ && view_->can_change());
    Layout();
}

void HomeLogTab::Add()
{
    if (!view_ || !view_->can_change())
        return;
    std::optional<LoggedHomeSession> added;
    const auto patient_id = view_->record.patient.id;
    if (!ShowingErrors(this, [&] { added = ShowAddHomeSessionDialog(this, *view_->clinic, view_->actor, patient_id); }) ||
        !added)
        return;
    TellFlagsRaised(this,
                    wxString::Format(wxPLURAL("The entry is saved and raised a red flag.",
                                              "The entry is saved and raised %zu red flags.",
                                              added->flags_raised.size()),
                                     added->flags_raised.size()),
                    added->flags_raised);
    select_after_reload_ = added->entry.id;
    Load(added->entry.id);
    if (view_->changed)
        view_->changed();
}

bool HomeLogTab::ShowItem(const RecordItem& item)
{
    if (item.kind != RedFlagSource::HomeLog)
        return false;
    if (std::none_of(entries_.begin(), entries_.end(), [&](const HomeLogEntry& e) { return e.id == item.id; }))
        return false;
    Load(item.id);
    return true;
}

} // namespace fc::ui
