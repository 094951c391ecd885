#include "ui/patient_finder.h"

#include "services/clinic.h"
#include "services/patient_records.h"

#include <wx/event.h>
#include <wx/timer.h>

#include <condition_variable>
#include <cstdint>
#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace fc::ui {

namespace {
constexpr int typing_pause_ms = 100;
}

struct PatientFinder::Impl {
    struct Request {
        std::uint64_t generation = 0;
        std::filesystem::path clinic;
        PatientQuery query;
    };

    Listener listener;
    std::size_t first_page;
    Clinic* clinic = nullptr;
    PatientQuery last_query;
    std::uint64_t generation = 0; // of the latest query; older answers are dropped
    bool complete = true;
    wxEvtHandler replies; // receives the background answers on the UI thread
    // The rest of the matches are read once typing pauses: not for every keystroke, and never
    // competing with the next keystroke's first page.
    wxTimer pause{&replies};
    std::optional<Request> waiting;

    // Shared with the background thread, under `mutex`.
    std::mutex mutex;
    std::condition_variable wake;
    std::optional<Request> pending;
    bool stopping = false;
    std::thread worker;

    Impl()
    {
        replies.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
            if (waiting)
                ask_in_background(*std::exchange(waiting, std::nullopt));
        });
    }
    ~Impl() { stop(); } // before `replies` goes, which drops the answers still queued

    void stop()
    {
        pause.Stop();
        waiting.reset();
        if (!worker.joinable())
            return;
        {
            std::lock_guard lock(mutex);
            stopping = true;
            pending.reset();
        }
        wake.notify_one();
        worker.join();
        stopping = false;
    }

    void ask_in_background(Request request)
    {
        if (!worker.joinable())
            worker = std::thread([this] { run(); });
        {
            std::lock_guard lock(mutex);
            pending = std::move(request); // a query not started yet is replaced by the newer one
        }
        wake.notify_one();
    }

    // The background thread: one connection of its own, kept while the clinic file stays the same.
    void run()
    {
#ifdef __linux__
        // Below the UI thread and the display server: on two cores the whole list read for the
        // last word must not slow the first page of the next keystroke.
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
        std::unique_ptr<Clinic> own;
        for (;;) {
            Request request;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || pending.has_value(); });
                if (stopping)
                    return;
                request = std::move(*pending);
                pending.reset();
            }
            std::vector<PatientListEntry> rows;
            bool found = false;
            try {
                if (!own || own->path() != request.clinic)
                    own = std::make_unique<Clinic>(request.clinic, false);
                rows = PatientRecords(*own, Actor::nobody()).search(request.query);
                found = true;
            } catch (const std::exception&) {
                own.reset(); // answered on the UI thread instead, where errors are shown
            }
            replies.CallAfter([this, generation = request.generation, rows = std::move(rows), found]() mutable {
                answer(generation, std::move(rows), found);
            });
        }
    }

    void answer(std::uint64_t answered, std::vector<PatientListEntry> rows, bool found)
    {
        if (answered != generation || !clinic)
            return;
        if (!found) // the second connection failed: read every match here, once
            rows = PatientRecords(*clinic, Actor::nobody()).search(last_query);
        complete = true;
        listener(std::move(rows), true);
    }
};

PatientFinder::PatientFinder(Listener listener, std::size_t first_page) : impl_(std::make_unique<Impl>())
{
    impl_->listener = std::move(listener);
    impl_->first_page = first_page;
}

PatientFinder::~PatientFinder() = default;

void PatientFinder::use(Clinic* clinic)
{
    if (clinic == impl_->clinic)
        return;
    impl_->stop();
    impl_->clinic = clinic;
    ++impl_->generation;
    impl_->complete = true;
}

void PatientFinder::find(const PatientQuery& query)
{
    auto& d = *impl_;
    const auto generation = ++d.generation;
    d.last_query = query;
    if (!d.clinic) {
        d.complete = true;
        d.listener({}, true);
        return;
    }
    auto page = query;
    page.limit = query.limit == 0 ? d.first_page : std::min(query.limit, d.first_page);
    auto rows = PatientRecords(*d.clinic, Actor::nobody()).search(page);
    d.complete = rows.size() < page.limit || page.limit == query.limit;
    d.listener(std::move(rows), d.complete);
    d.waiting.reset();
    if (!d.complete) {
        d.waiting = Impl::Request{generation, d.clinic->path(), query};
        d.pause.StartOnce(typing_pause_ms);
    }
}

void PatientFinder::set_first_page(std::size_t rows)
{
    impl_->first_page = std::max<std::size_t>(rows, 1);
}

bool PatientFinder::complete() const
{
    return impl_->complete;
}

} // namespace fc::ui
