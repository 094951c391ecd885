#pragma once
// What the File menu does with clinic files and clinicians, built from the steps the app also
// takes at start-up: open a clinic file (or say why not), then ask who is working.
#include "services/actor.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

class ClinicSession;

// Opens the clinic file at `path`, creating it when `create` and it does not exist. When it cannot
// be used (not FloorChart, newer, damaged, locked, read-only...), says why in a message box, puts
// the reason in `*problem` (if given) and returns null; it never throws for that.
std::unique_ptr<Clinic> OpenClinicOrExplain(wxWindow* parent, const std::filesystem::path& path, bool create,
                                            std::string* problem = nullptr);

// Asks who is working in `clinic`: `requested` if that clinician may work (else says why and asks);
// else the clinician chosen from the active ones, the last one chosen in this file preselected;
// else, when the clinic has no active clinician, a new one the user adds. `by` is who adds a
// clinician meanwhile (nobody at start-up). Remembers the choice for this file. Returns nullopt
// when the user declines. Throws the clinic's errors (fc::Error) if the file fails meanwhile.
std::optional<Actor> AskWhoIsWorking(wxWindow* parent, Clinic& clinic,
                                     std::optional<std::int64_t> requested = std::nullopt,
                                     const Actor& by = Actor::nobody());

// Opens the clinic file at `path` in `session` (creating it when `create`), then asks who is
// working there (see AskWhoIsWorking; declining leaves nobody working). If the file cannot be
// used, says why; the clinic open until now stays open, or, when there is none, the session
// records why. Returns whether the file was opened. Start-up and File > Open clinic... use it.
bool OpenClinicAndAsk(wxWindow* parent, ClinicSession& session, const std::filesystem::path& path, bool create,
                      std::optional<std::int64_t> requested = std::nullopt);

// File > Open clinic...: chooses a file and opens it as above.
void OpenClinicFromFile(wxWindow* parent, ClinicSession& session);
// File > New clinic...: chooses where, creates the file and adds its first clinician.
void CreateNewClinic(wxWindow* parent, ClinicSession& session);
// File > Change clinician...: asks again who is working; cancelling keeps the current clinician.
void ChangeClinician(wxWindow* parent, ClinicSession& session);

} // namespace fc::ui
