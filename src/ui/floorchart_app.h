#pragma once
// The FloorChart desktop app: command line, start-up (settings, forms, language, the clinic file
// and who is working) and the last safety net for errors.
#include <wx/app.h>

#include <cstdint>
#include <filesystem>
#include <optional>

namespace fc::ui {

class FloorChartApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    std::filesystem::path clinic_path_;          // --db, else the default clinic file
    std::optional<std::int64_t> clinician_id_;   // --clinician
};

} // namespace fc::ui
