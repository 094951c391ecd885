#include "ui/main_commands.h"

#include <wx/xrc/xmlres.h>

namespace fc::ui {

int CommandId(Command command)
{
    switch (command) {
    case Command::NewPatient:
        return XRCID("new_patient");
    case Command::EditPatient:
        return XRCID("edit_patient");
    case Command::ArchivePatient:
        return XRCID("archive_patient");
    case Command::AddPrecaution:
        return XRCID("add_precaution");
    case Command::ClearPrecaution:
        return XRCID("clear_precaution");
    case Command::AddCondition:
        return XRCID("add_condition");
    case Command::AddConsent:
        return XRCID("add_consent");
    case Command::FindPatient:
        return XRCID("find_patient");
    case Command::ShowArchived:
        return XRCID("view_archived_patients");
    case Command::ReviewFlags:
        return XRCID("review_flags");
    case Command::Report:
        return XRCID("report");
    case Command::ShowCalendar:
        return XRCID("show_calendar");
    }
    return wxID_NONE;
}

} // namespace fc::ui
