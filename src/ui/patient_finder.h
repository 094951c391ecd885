#pragma once
// Finding patients as the clinician types, with PatientRecords::search (the search of
// `floorchart-cli patient list --search`), in two steps so that a keystroke never waits for
// thousands of rows: the first page of matches at once, then, once typing pauses, every match,
// read on a background thread through a second connection to the clinic file and handed back to
// the UI thread.
#include "core/patient_search.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace fc {
class Clinic;
}

namespace fc::ui {

class PatientFinder {
public:
    // Called on the UI thread with the rows of the latest query, in the list's order; `complete`
    // is false while the rest are still being read.
    using Listener = std::function<void(std::vector<PatientListEntry> rows, bool complete)>;

    explicit PatientFinder(Listener listener, std::size_t first_page = 80);
    ~PatientFinder(); // waits for the background search, if any
    PatientFinder(const PatientFinder&) = delete;
    PatientFinder& operator=(const PatientFinder&) = delete;

    // Searches `clinic` from now on (null: none). The background connection follows.
    void use(Clinic* clinic);
    // Finds `query`: calls the listener with the first page before returning, and again with
    // every match a little later when there are more. Throws the clinic's errors (fc::Error).
    void find(const PatientQuery& query);
    // How many rows the first step reads: enough to fill the list on screen.
    void set_first_page(std::size_t rows);
    // Whether the rows last handed to the listener were all the matches.
    bool complete() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace fc::ui
