#pragma once
// libharu handles for the PDF backend (not part of the reports API): an HPDF_Doc owned by a
// unique_ptr, an error handler that only records the status (never throws through C, never
// longjmps), a check that turns a recorded status into ReportError, and scope guards for
// text objects and saved graphics states.
#include <hpdf.h>

#include <memory>
#include <string_view>

namespace fc::reports::pdf {

struct Status {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = 0;
};

class Doc {
public:
    Doc(); // throws ReportError when libharu cannot start
    HPDF_Doc get() const { return doc_.get(); }
    bool failed() const { return status_->error != HPDF_OK; }
    // Throws ReportError naming `doing` when libharu recorded an error since the last check.
    void check(std::string_view doing) const;
    template <class Handle>
    Handle checked(Handle h, std::string_view doing) const
    {
        check(doing);
        if (!h)
            throw_error(doing);
        return h;
    }

private:
    [[noreturn]] void throw_error(std::string_view doing) const;
    struct Free {
        void operator()(HPDF_Doc d) const noexcept { HPDF_Free(d); }
    };
    std::unique_ptr<Status> status_; // a stable address for the C callback
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
};

class TextObject {
public:
    explicit TextObject(HPDF_Page page) : page_(page) { HPDF_Page_BeginText(page_); }
    ~TextObject() { HPDF_Page_EndText(page_); }
    TextObject(const TextObject&) = delete;
    TextObject& operator=(const TextObject&) = delete;

private:
    HPDF_Page page_;
};

class SavedGraphicsState {
public:
    explicit SavedGraphicsState(HPDF_Page page) : page_(page) { HPDF_Page_GSave(page_); }
    ~SavedGraphicsState() { HPDF_Page_GRestore(page_); }
    SavedGraphicsState(const SavedGraphicsState&) = delete;
    SavedGraphicsState& operator=(const SavedGraphicsState&) = delete;

private:
    HPDF_Page page_;
};

} // namespace fc::reports::pdf
