// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patrolsim.dispatch.drill.DrillState.ENDED;
import static org.patrolsim.dispatch.drill.DrillState.ENDING;
import static org.patrolsim.dispatch.drill.DrillState.FAILED;
import static org.patrolsim.dispatch.drill.DrillState.PAUSED;
import static org.patrolsim.dispatch.drill.DrillState.RUNNING;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The drill's state machine: each move, and the controls refused once it no longer goes on. */
class DrillStateTest {

  @Test
  void aPauseStopsARunningDrillAndLeavesAPausedOnePaused() {
    assertThat(RUNNING.pause()).isEqualTo(PAUSED);
    assertThat(PAUSED.pause()).isEqualTo(PAUSED);
  }

  @Test
  void aResumeRestartsAPausedDrillAndLeavesARunningOneRunning() {
    assertThat(PAUSED.resume()).isEqualTo(RUNNING);
    assertThat(RUNNING.resume()).isEqualTo(RUNNING);
  }

  @Test
  void theTrainerCanAskARunningOrAPausedDrillToEnd() {
    assertThat(RUNNING.end()).isEqualTo(ENDING);
    assertThat(PAUSED.end()).isEqualTo(ENDING);
  }

  @ParameterizedTest
  @EnumSource(names = {"RUNNING", "PAUSED", "ENDING"})
  void theRunEndsFromAnyStateThatHadNotEnded(DrillState from) {
    assertThat(from.runEnded()).isEqualTo(ENDED);
  }

  @ParameterizedTest
  @EnumSource(names = {"ENDED", "FAILED"})
  void aRunThatEndsTwiceIsABug(DrillState from) {
    assertThatThrownBy(from::runEnded)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended twice");
  }

  @ParameterizedTest
  @EnumSource(DrillState.class)
  void aFailureIsFinalFromAnyState(DrillState from) {
    assertThat(from.fail()).isEqualTo(FAILED);
  }

  @ParameterizedTest
  @EnumSource(names = {"ENDING", "ENDED", "FAILED"})
  void onceItNoLongerGoesOnNoControlIsTaken(DrillState from) {
    assertThat(from.goingOn()).isFalse();
    for (var control :
        Arrays.<Runnable>asList(from::pause, from::resume, from::end, from::requireGoingOn)) {
      assertThatThrownBy(control::run)
          .isInstanceOf(DrillConflict.class)
          .hasMessageEndingWith(": nothing more can change");
    }
  }

  @Test
  void theRefusalSaysWhyAndTheFramesCarryTheStateInLowerCase() {
    assertThatThrownBy(ENDING::end).hasMessage("the drill has been ended: nothing more can change");
    assertThatThrownBy(ENDED::end).hasMessage("the drill has ended: nothing more can change");
    assertThatThrownBy(FAILED::end).hasMessage("the drill has failed: nothing more can change");
    assertThat(Arrays.stream(DrillState.values()).map(DrillState::wireName))
        .containsExactly("running", "paused", "ending", "ended", "failed");
    assertThat(RUNNING.goingOn()).isTrue();
    assertThat(PAUSED.goingOn()).isTrue();
  }
}
