// When the progress window of a long operation appears and is repainted, from the times handed in:
// nothing before the delay, then at most a repaint every 40 ms, but a new part of the operation
// (getting ready, counting, the work after the count) at once.
#include "ui/progress_pacing.h"

#include <gtest/gtest.h>

namespace fc::ui::test {
namespace {

using std::chrono::milliseconds;
using Step = ProgressPacing::Step;

const ProgressPacing::Clock::time_point start{std::chrono::seconds(1000)};

TEST(ProgressPacingTest, NothingOpensBeforeTheDelayIsUp)
{
    ProgressPacing pacing(start, milliseconds(200));
    for (int i = 0; i <= 10; ++i)
        EXPECT_EQ(pacing.step(i, 10, start + milliseconds(19 * i)), Step::nothing) << i;
    EXPECT_EQ(pacing.step(10, 10, start + milliseconds(199)), Step::nothing);
    EXPECT_FALSE(pacing.opened());
}

TEST(ProgressPacingTest, TheWindowOpensOnceTheDelayIsUpWhateverTheCount)
{
    ProgressPacing pacing(start, milliseconds(200));
    EXPECT_EQ(pacing.step(0, 0, start + milliseconds(200)), Step::open);
    EXPECT_TRUE(pacing.opened());
    ProgressPacing counting(start, milliseconds(200));
    EXPECT_EQ(counting.step(3, 10, start + milliseconds(500)), Step::open);
    EXPECT_EQ(counting.step(4, 10, start + milliseconds(600)), Step::repaint) << "opened once only";
}

TEST(ProgressPacingTest, NoDelayOpensAtTheFirstCount)
{
    ProgressPacing pacing(start, milliseconds(0));
    EXPECT_EQ(pacing.step(0, 0, start), Step::open);
}

TEST(ProgressPacingTest, ACountIsRepaintedAtMostEvery40Milliseconds)
{
    ProgressPacing pacing(start, milliseconds(200));
    const auto opened = start + milliseconds(200);
    ASSERT_EQ(pacing.step(1, 100, opened), Step::open);
    EXPECT_EQ(pacing.step(2, 100, opened + milliseconds(1)), Step::nothing);
    EXPECT_EQ(pacing.step(3, 100, opened + milliseconds(39)), Step::nothing);
    EXPECT_EQ(pacing.step(4, 100, opened + milliseconds(40)), Step::repaint);
    EXPECT_EQ(pacing.step(5, 100, opened + milliseconds(79)), Step::nothing) << "40 ms from the last repaint";
    EXPECT_EQ(pacing.step(6, 100, opened + milliseconds(80)), Step::repaint);
}

// A quick copy between two slow checks: each part shows as soon as it starts, even within the
// repaint interval, so that no step of an operation goes unseen on a fast or a slow machine.
TEST(ProgressPacingTest, EachNewPartOfTheOperationIsRepaintedAtOnce)
{
    ProgressPacing pacing(start, milliseconds(0));
    ASSERT_EQ(pacing.step(0, 0, start), Step::open);
    EXPECT_EQ(pacing.step(0, 0, start), Step::nothing) << "still getting ready";
    EXPECT_EQ(pacing.step(1, 10, start), Step::repaint) << "the count begins";
    EXPECT_EQ(pacing.step(2, 10, start), Step::nothing) << "the same part: it waits for the next repaint";
    EXPECT_EQ(pacing.step(10, 10, start), Step::repaint) << "the work after the count";
    EXPECT_EQ(pacing.step(10, 10, start + milliseconds(39)), Step::nothing);
    EXPECT_EQ(pacing.step(10, 10, start + milliseconds(40)), Step::repaint) << "the elapsed time moves on";
}

} // namespace
} // namespace fc::ui::test
