// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "../base/Test.sol";
import {Fixture} from "../base/Fixture.sol";
import {HandlerBase} from "./HandlerBase.sol";
import {EscrowHandler} from "./EscrowHandler.sol";
import {StakingHandler} from "./StakingHandler.sol";
import {EscrowInvariantSetup} from "./Escrow.invariant.t.sol";
import {StakingInvariantSetup} from "./Staking.invariant.t.sol";

/// @notice Drives a handler the way forge's invariant fuzzer does (uniformly chosen action, random
/// arguments, a fresh state per run) and adds up its per-action counters over all runs, so that a handler
/// which quietly does nothing (every action a no-op or a rejected call) fails loudly instead of proving
/// nothing.
abstract contract HandlerCoverage is Test {
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    bytes32[] internal _names;
    mapping(bytes32 => uint256) internal _totals;

    function _drive(address h, bytes4[] memory selectors, uint256 runs, uint256 depth, uint256 seed)
        internal
    {
        for (uint256 r; r < runs; ++r) {
            uint256 snap = vm.snapshotState();
            for (uint256 d; d < depth; ++d) {
                uint256 x = uint256(keccak256(abi.encode(seed, r, d)));
                bytes memory data = abi.encodeWithSelector(
                    selectors[x % selectors.length],
                    _arg(x, 1),
                    _arg(x, 2),
                    _arg(x, 3),
                    _arg(x, 4),
                    _arg(x, 5)
                );
                (bool ok,) = h.call(data);
                assertTrue(ok, "handler reverted");
            }
            bytes32[] memory names = HandlerBase(h).counterNames();
            uint256[] memory counts = new uint256[](names.length);
            for (uint256 i; i < names.length; ++i) {
                counts[i] = HandlerBase(h).calls(names[i]);
            }
            assertEq(HandlerBase(h).surprises(), 0, HandlerBase(h).firstSurprise());
            vm.revertToState(snap); // memory survives the revert, storage does not
            for (uint256 i; i < names.length; ++i) {
                if (_totals[names[i]] == 0) _names.push(names[i]);
                _totals[names[i]] += counts[i];
            }
        }
        for (uint256 i; i < _names.length; ++i) {
            _log(_names[i], _totals[_names[i]]);
        }
    }

    /// @dev A spread of argument shapes, like the fuzzer's: mostly random words, sometimes small numbers.
    function _arg(uint256 x, uint256 i) internal pure returns (uint256) {
        uint256 w = uint256(keccak256(abi.encode(x, i)));
        return w % 4 == 0 ? w % 1000 : w;
    }

    function _atLeast(bytes32 name, uint256 min) internal view {
        assertGe(_totals[name], min, string.concat("too few: ", _string(name)));
    }

    function _log(bytes32 name, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", _string(name), value));
        ok;
    }

    function _string(bytes32 b) internal pure returns (string memory) {
        uint256 n;
        while (n < 32 && b[n] != 0) ++n;
        bytes memory out = new bytes(n);
        for (uint256 i; i < n; ++i) {
            out[i] = b[i];
        }
        return string(out);
    }
}

/// @notice 32 runs of 100 calls of EscrowHandler: every path the invariants rely on is really taken.
contract EscrowHandlerCoverageTest is EscrowInvariantSetup, HandlerCoverage {
    function test_escrowHandlerExercisesEveryPath() public {
        bytes4[] memory s = new bytes4[](25);
        s[0] = EscrowHandler.deposit.selector;
        s[1] = EscrowHandler.depositWithPermit.selector;
        s[2] = EscrowHandler.withdraw.selector;
        s[3] = EscrowHandler.createJob.selector;
        s[4] = EscrowHandler.award.selector;
        s[5] = EscrowHandler.awardBackup.selector;
        s[6] = EscrowHandler.cancelBidNonce.selector;
        s[7] = EscrowHandler.stopJob.selector;
        s[8] = EscrowHandler.completeJob.selector;
        s[9] = EscrowHandler.reportFailure.selector;
        s[10] = EscrowHandler.finalizeJob.selector;
        s[11] = EscrowHandler.settle.selector;
        s[12] = EscrowHandler.settleBatch.selector;
        s[13] = EscrowHandler.sweepFees.selector;
        s[14] = EscrowHandler.stake.selector;
        s[15] = EscrowHandler.requestUnstake.selector;
        s[16] = EscrowHandler.withdrawStake.selector;
        s[17] = EscrowHandler.governanceSlash.selector;
        s[18] = EscrowHandler.setParams.selector;
        s[19] = EscrowHandler.warp.selector;
        s[20] = EscrowHandler.cancelBidsBelow.selector;
        s[21] = EscrowHandler.closeRound.selector;
        s[22] = EscrowHandler.windowEdge.selector;
        s[23] = EscrowHandler.probeClaim.selector;
        s[24] = EscrowHandler.togglePause.selector;
        _drive(address(handler), s, 32, 100, 1);

        // Roughly a third of what this seed produces, so the check survives small handler changes.
        _atLeast("deposit", 30);
        _atLeast("deposit.paused", 15);
        _atLeast("depositWithPermit", 10);
        _atLeast("depositWithPermit.frontrun", 6);
        _atLeast("depositWithPermit.rejected", 10);
        _atLeast("depositWithPermit.paused", 10);
        _atLeast("withdraw", 15);
        _atLeast("withdraw.paused", 8);
        _atLeast("createJob", 50);
        _atLeast("createJob.rejected", 3);
        _atLeast("createJob.paused", 8);
        _atLeast("award.byClient", 15);
        _atLeast("award.byController", 10);
        _atLeast("award.rejected", 4);
        _atLeast("award.rej.otherTerms", 1);
        _atLeast("award.paused", 3);
        _atLeast("settle", 30);
        _atLeast("settle.paused", 9);
        _atLeast("settle.forgedRejected", 2);
        _atLeast("settleBatch", 30);
        _atLeast("settleBatch.paused", 13);
        _atLeast("settleBatch.skippedForged", 10);
        _atLeast("usage.paid", 25);
        _atLeast("usage.budgetExhausted", 15);
        _atLeast("usage.overCap.running", 6);
        _atLeast("usage.overCap.ended", 10);
        _atLeast("usage.stale", 5);
        _atLeast("usage.wrongRound", 5);
        _atLeast("usage.closedRound", 2);
        _atLeast("usage.failedRoundPaid", 1);
        _atLeast("usage.foreign", 200);
        _atLeast("completeJob", 10);
        _atLeast("stopJob.cancel", 15);
        _atLeast("stopJob.end", 3);
        _atLeast("stopJob.afterFailure", 1);
        _atLeast("reportFailure", 9);
        _atLeast("reportFailure.nothingDue", 1);
        _atLeast("awardBackup", 2);
        _atLeast("awardBackup.rej.noReserve", 1);
        _atLeast("awardBackup.paused", 2);
        _atLeast("finalize.ended", 7);
        _atLeast("finalize.failover", 1);
        _atLeast("finalize.failover.ctl", 1);
        _atLeast("finalizeJob.rejected", 10);
        _atLeast("closeRound.refund", 2);
        _atLeast("closeRound.release", 4);
        _atLeast("closeRound.waived", 1);
        _atLeast("closeRound.rejected", 10);
        _atLeast("collateralReleased", 12);
        _atLeast("windowEdge.settlement", 5);
        _atLeast("windowEdge.failover", 1);
        _atLeast("warp.toWindowEdge", 1);
        _atLeast("probeClaim", 5);
        _atLeast("probeClaim.paused", 2);
        _atLeast("refund", 35);
        _atLeast("sweepFees", 9);
        _atLeast("cancelBidNonce", 45);
        _atLeast("cancelBidsBelow", 35);
        _atLeast("cancelBidsBelow.rejected", 2);
        _atLeast("pause", 11);
        _atLeast("unpause", 9);
        _atLeast("pause.rejected", 2);
        _atLeast("governanceSlash.rejected", 45);
        _atLeast("requestUnstake", 40);
        _atLeast("requestUnstake.lockedRejected", 2);
        _atLeast("withdrawStake", 6);
        _atLeast("setParams", 30);
        _atLeast("setParams.outOfBounds", 4);
        _atLeast("setParams.notAdmin", 2);
    }
}

/// @notice 32 runs of 100 calls of StakingHandler: locks, unauthorized slashes and unstakes of locked stake too.
contract StakingHandlerCoverageTest is StakingInvariantSetup, HandlerCoverage {
    function test_stakingHandlerExercisesEveryPath() public {
        bytes4[] memory s = new bytes4[](12);
        s[0] = StakingHandler.stake.selector;
        s[1] = StakingHandler.stakeWithPermit.selector;
        s[2] = StakingHandler.requestUnstake.selector;
        s[3] = StakingHandler.withdraw.selector;
        s[4] = StakingHandler.slash.selector;
        s[5] = StakingHandler.warp.selector;
        s[6] = StakingHandler.setUnbondingDelay.selector;
        s[7] = StakingHandler.setMinStake.selector;
        s[8] = StakingHandler.togglePause.selector;
        s[9] = StakingHandler.donate.selector;
        s[10] = StakingHandler.lock.selector;
        s[11] = StakingHandler.unlock.selector;
        _drive(address(handler), s, 32, 100, 2);

        _atLeast("stake", 40);
        _atLeast("stake.paused", 35);
        _atLeast("stakeWithPermit", 12);
        _atLeast("stakeWithPermit.frontrun", 12);
        _atLeast("stakeWithPermit.rejected", 50);
        _atLeast("requestUnstake", 60);
        _atLeast("requestUnstake.rejected", 8);
        _atLeast("requestUnstake.locked", 1);
        _atLeast("withdraw", 3);
        _atLeast("withdraw.early", 18);
        _atLeast("slash", 30);
        _atLeast("slash.all", 18);
        _atLeast("slash.unauthorized", 25);
        _atLeast("lock", 45);
        _atLeast("lock.rejected", 15);
        _atLeast("unlock", 30);
        _atLeast("unlock.afterSlash", 4);
        _atLeast("unlock.rejected", 35);
        _atLeast("setUnbondingDelay.rejected", 5);
        _atLeast("pause", 45);
        _atLeast("donate", 80);
    }
}
