#pragma once
// The main window's patient commands. Each has one window id, shared by its menu item, its tool
// and any button that runs it: a control in forms/*.xrc named after the command ("add_precaution")
// gets the same id, so the main window runs it and enables it like the menu item.

namespace fc::ui {

enum class Command {
    NewPatient,
    EditPatient,
    ArchivePatient, // or un-archive, for an archived record
    AddPrecaution,
    ClearPrecaution, // the event's extra long names the precaution, when known
    AddCondition,
    AddConsent,
    FindPatient,
    ShowArchived,
    ReviewFlags, // the red-flag queue, or back from it to the patients
    Report,      // a report from the open record: preview, print, PDF
    ShowCalendar, // the clinic calendar, or back from it to the patients
};

int CommandId(Command command);

} // namespace fc::ui
