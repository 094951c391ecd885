// Reports from the record: the dialog asks only what the chosen report needs, refuses a period
// that ends before it starts by the field, previews the pages, and the preview paints the very
// pages the PDF holds (compared pixel by pixel with the PDF as poppler draws it).
#include "dialog_driver.h"
#include "services/clinic_profile.h"
#include "keyboard.h"
#include "patient_window.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/report_dialog.h"
#include "ui/report_printout.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/image.h>
#include <wx/prntbase.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace fc::ui::test {
namespace {

class ReportDialogTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Παπαδοπούλου", "Ελένη", "1984-02-29")});
        id_ = patients_.at(0).id;
        TherapyPlans plans(SavedClinic(), clinician_);
        const auto plan = plans.add(id_, PlanForm{.title = "Chronic fissure: graded dilators", .start = "2026-09-01"});
        ComponentForm dilator;
        dilator.kind = "dilator";
        dilator.start_mm = "13";
        plans.add_component(plan.id, dilator, {});
        SessionNotes notes(SavedClinic(), clinician_);
        for (const auto& [date, mm, pain] : {std::tuple("2026-09-10", "13", "5"), std::tuple("2026-10-08", "16", "4"),
                                             std::tuple("2026-11-12", "19", "2")}) {
            NoteForm f;
            f.date = date;
            f.start = "10:00";
            f.measures.dilator_mm = mm;
            f.measures.pain_during = pain;
            f.measures.minutes_held = "10";
            note_id_ = notes.sign(notes.add_draft(id_, f).id).note.id;
        }
        Workspace().Open(id_);
    }
    void TearDown() override
    {
        // The preview first: it belongs to the main window, which takes it along when it goes.
        for (auto* window : wxTopLevelWindows)
            if (window->GetName() == "report_preview") {
                CloseAndWait(dynamic_cast<wxFrame*>(window));
                break;
            }
        PatientWindowTest::TearDown();
    }
    ReportRequest Progress() const
    {
        ReportRequest r;
        r.patient_id = id_;
        r.from = "2026-09-01";
        r.to = "2026-11-25";
        r.summary = "Steady progress; pain during insertion down from 5 to 2.";
        r.paper = "a4";
        return r;
    }

    std::int64_t id_ = 0;
    std::int64_t note_id_ = 0;
};

void Pick(wxDialog& d, const char* name, int index)
{
    auto* choice = dynamic_cast<wxChoice*>(d.FindWindow(name));
    ASSERT_NE(choice, nullptr) << name;
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
}

// The mean difference of two images of one size (within a pixel: rounding), 0 (the same) to
// 255, over the grey levels of the area they share, each averaged over 4 x 4 pixel blocks first:
// the two renderers smooth the edges of glyphs differently, and that is not what is compared.
double MeanDifference(const wxImage& full_a, const wxImage& full_b)
{
    const auto a = full_a.Scale(full_a.GetWidth() / 4, full_a.GetHeight() / 4, wxIMAGE_QUALITY_BOX_AVERAGE);
    const auto b = full_b.Scale(full_b.GetWidth() / 4, full_b.GetHeight() / 4, wxIMAGE_QUALITY_BOX_AVERAGE);
    EXPECT_LE(std::abs(a.GetWidth() - b.GetWidth()), 1);
    EXPECT_LE(std::abs(a.GetHeight() - b.GetHeight()), 1);
    const int w = std::min(a.GetWidth(), b.GetWidth()), h = std::min(a.GetHeight(), b.GetHeight());
    double sum = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            sum += std::abs((a.GetRed(x, y) + a.GetGreen(x, y) + a.GetBlue(x, y)) -
                            (b.GetRed(x, y) + b.GetGreen(x, y) + b.GetBlue(x, y))) /
                   3.0;
    return w > 0 && h > 0 ? sum / (static_cast<double>(w) * h) : 255;
}

// Page `page` of `pdf` as poppler draws it at `dpi`.
wxImage PopplerPage(const std::filesystem::path& pdf, int page, int dpi, const std::filesystem::path& folder)
{
    const auto stem = folder / "page";
    const auto command = "pdftoppm -png -singlefile -r " + std::to_string(dpi) + " -f " + std::to_string(page) +
                         " -l " + std::to_string(page) + " '" + pdf.string() + "' '" + stem.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    wxImage image;
    EXPECT_TRUE(image.LoadFile((stem.string() + ".png"), wxBITMAP_TYPE_PNG));
    return image;
}

TEST_F(ReportDialogTest, TheDialogAsksWhatTheReportNeedsAndRefusesABackwardPeriod)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "report_dialog");
        EXPECT_TRUE(d.FindWindow("summary")->IsShown()) << "a progress report takes a summary";
        EXPECT_FALSE(d.FindWindow("note")->IsShown());
        Pick(d, "kind", 1);
        EXPECT_TRUE(d.FindWindow("note")->IsShown()) << "a session note: which one";
        EXPECT_FALSE(d.FindWindow("summary")->IsShown());
        EXPECT_EQ(dynamic_cast<wxChoice*>(d.FindWindow("note"))->GetCount(), 3u);
        Pick(d, "kind", 0);
        dynamic_cast<wxTextCtrl*>(d.FindWindow("from"))->SetValue("2026-11-01");
        dynamic_cast<wxTextCtrl*>(d.FindWindow("to"))->SetValue("2026-10-01");
        Click(d, XRCID("preview_report"));
        EXPECT_TRUE(d.IsModal()) << "no preview of a backward period";
        auto* error = dynamic_cast<wxStaticText*>(d.FindWindow("to_error"));
        ASSERT_TRUE(error->IsShown());
        EXPECT_TRUE(error->GetLabelText().Contains("2026-11-01")) << error->GetLabelText();
        dynamic_cast<wxTextCtrl*>(d.FindWindow("to"))->SetValue("2026-11-25");
        Click(d, XRCID("preview_report"));
        EXPECT_FALSE(d.IsModal()) << "the preview replaces the dialog";
    });
    Run(Command::Report);
    wxPreviewFrame* preview = nullptr;
    ASSERT_TRUE(PumpUntil([&] {
        for (auto* window : wxTopLevelWindows)
            if (window->GetName() == "report_preview")
                preview = dynamic_cast<wxPreviewFrame*>(window);
        return preview != nullptr;
    }));
    wxPrintPreviewBase* pages = nullptr;
    for (auto* child : preview->GetChildren())
        if (auto* bar = dynamic_cast<wxPreviewControlBar*>(child))
            pages = bar->GetPrintPreview();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->GetMaxPage(), 1);
    EXPECT_EQ(pages->GetMaxPage(), static_cast<int>(LayOutReport(SavedClinic(), clinician_, [this] {
                                                        auto r = Progress();
                                                        r.from = "2026-11-01";
                                                        return r;
                                                    }()).pages.size()));
}

TEST_F(ReportDialogTest, PreviewAndPrintPaintThePagesOfThePdf)
{
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    const auto pdf = folder() / "progress.pdf";
    SaveReport(SavedClinic(), clinician_, Progress(), pdf);
    const auto doc = LayOutReport(SavedClinic(), clinician_, Progress());
    ASSERT_GE(doc.pages.size(), 1u);
    constexpr int dpi = 72;
    const auto painted = ReportPageImage(doc, 0, dpi);
    const auto poppler = PopplerPage(pdf, 1, dpi, folder());
    const double same = MeanDifference(painted, poppler);
    EXPECT_LT(same, 3.0) << "the preview's page 1 against the PDF's";

    // The measure tells pages apart: the handout's first page is another picture.
    ReportRequest handout = Progress();
    handout.kind = ReportKind::Handout;
    const double other = MeanDifference(ReportPageImage(LayOutReport(SavedClinic(), clinician_, handout), 0, dpi), poppler);
    EXPECT_GT(other, 3 * same) << "a different page must differ by more than the backends do (" << same << ")";

    // The printout paints the same page on any device context, here the size of the image.
    ReportPrintout printout(doc, "Progress report");
    EXPECT_TRUE(printout.HasPage(static_cast<int>(doc.pages.size())));
    EXPECT_FALSE(printout.HasPage(static_cast<int>(doc.pages.size()) + 1));
}

TEST_F(ReportDialogTest, CtrlPOpensTheReportDialogEvenFromThePatientList)
{
    // A GTK list takes Ctrl+P (and Ctrl+N) for moving its cursor unless the window looks first.
    auto* patients = List().FindWindow("patients");
    ASSERT_NE(patients, nullptr);
    patients->SetFocus();
    ASSERT_TRUE(WaitForFocus(patients));
    bool opened = false;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        opened = d.GetName() == "report_dialog";
        Click(d, wxID_CLOSE);
    });
    Press('P', wxMOD_CONTROL);
    EXPECT_TRUE(PumpUntil([&] { return opened; }));
}

TEST_F(ReportDialogTest, ThePaperIsTheClinicsUnlessChosen)
{
    save_clinic_profile(SavedClinic(), clinician_, ClinicProfileForm{.paper = "letter"});
    int paper = -1;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        paper = dynamic_cast<wxChoice*>(d.FindWindow("paper"))->GetSelection();
        Click(d, wxID_CLOSE);
    });
    Run(Command::Report);
    EXPECT_TRUE(PumpUntil([&] { return paper >= 0; }));
    EXPECT_EQ(paper, 1) << "US Letter";
}

} // namespace
} // namespace fc::ui::test
