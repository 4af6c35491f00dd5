// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockFixture} from "../base/TimelockFixture.sol";
import {DisputesHandler} from "./DisputesHandler.sol";

/// @notice The trust model's money properties under random sequences of awards, failovers, backups,
/// ends, settlements, closes, fault reports by random controller subsets, challenges, executions,
/// pauses, parameter changes through the GinTimelock, unstakes, withdrawals, restakes and time jumps
/// (see DisputesHandler). Audit: C-1, H-1, H-2, M-2, M-3, M-4.
abstract contract DisputesInvariantSetup is TimelockFixture {
    uint256 internal constant THIRD_PK = 0xB0D;
    DisputesHandler internal handler;

    function setUp() public virtual override {
        super.setUp();
        deployTimelockedMarket();
        address third = vm.addr(THIRD_PK);
        fund(third, 1_000_000 ether);
        stakeAs(third, 100_000 ether);
        depositAs(client, 5_000_000 ether);

        uint256[] memory providerPks = new uint256[](3);
        (providerPks[0], providerPks[1], providerPks[2]) = (PROVIDER_PK, BACKUP_PK, THIRD_PK);
        handler = new DisputesHandler(
            DisputesHandler.Config({
                token: token,
                staking: staking,
                escrow: escrow,
                disputes: disputes,
                timelock: timelock,
                governance: governance,
                guardian: guardian,
                treasury: treasury,
                client: client,
                providerPks: providerPks,
                controllerPks: controllerPks(3)
            })
        );
        targetContract(address(handler));
    }
}

contract DisputesInvariantTest is DisputesInvariantSetup {
    /// @notice Every outcome the handler checked was as the trust model says: no report below the quorum,
    /// on a running round, within the provider's incident window or on a disputed round, or after its
    /// window; incidentUntil follows the model (observedAt + the job's challenge window on a report, given
    /// back by a voided report it still stands for); a dispute holds
    /// exactly its round's collateral; no execution before the challenge window, no challenge after it or
    /// without a staked controller's later acknowledgement; a slash equals the held collateral and splits
    /// into client (at most price x gpus x failoverWindow) and treasury; a voided report costs each
    /// reporter exactly its bond; failovers move no stake; locked collateral cannot be unstaked;
    /// governance changes nothing without the timelock.
    function invariant_noViolations() public view {
        assertEq(handler.violations(), 0, handler.firstViolation());
    }

    /// @notice The staking contract holds exactly its books.
    function invariant_stakingBacked() public view {
        assertStakingSolvent();
    }

    /// @notice The escrow holds exactly its books.
    function invariant_escrowSolvent() public view {
        assertEscrowSolvent();
    }

    /// @notice No provider loses stake except through an executed dispute, and never more than the
    /// collateral of the rounds those disputes concerned (one incident, one round's collateral).
    function invariant_providersLoseStakeOnlyThroughExecutedDisputes() public view {
        address[] memory ps = handler.providers();
        for (uint256 i; i < ps.length; ++i) {
            address p = ps[i];
            uint256 lost = handler.ghostStakedIn(p) - handler.ghostWithdrawn(p) - staking.slashableOf(p);
            assertEq(
                lost, handler.ghostSlashedByExecute(p), "provider lost stake outside an executed dispute"
            );
            assertLe(
                lost, handler.ghostCollateralOfExecuted(p), "provider lost more than its rounds' collateral"
            );
        }
    }

    /// @notice One outage, one incident: per provider, the incident windows [silentSince, incidentUntil] of
    /// standing (pending or executed) disputes never overlap, each later one beginning after the earlier
    /// one's window ended; so executed slashes never overlap an incident window. The provider's
    /// incidentUntil is the handler's model and covers every standing window.
    function invariant_incidentWindowsNeverOverlap() public view {
        uint256 n = handler.disputeCount();
        DisputesHandler.DisputeRec[] memory ds = new DisputesHandler.DisputeRec[](n);
        for (uint256 i; i < n; ++i) {
            ds[i] = handler.disputeAt(i);
        }
        for (uint256 i; i < n; ++i) {
            if (ds[i].state == 2) continue; // voided: its window was given back
            assertLe(
                ds[i].incidentUntil,
                disputes.incidentUntil(ds[i].provider),
                "standing window past incidentUntil"
            );
            for (uint256 k = i + 1; k < n; ++k) {
                if (ds[k].state == 2 || ds[k].provider != ds[i].provider) continue;
                assertGt(
                    ds[k].silentSince,
                    ds[i].incidentUntil,
                    ds[i].state == 3 || ds[k].state == 3
                        ? "an executed slash overlaps an incident window"
                        : "two pending reports share an incident"
                );
            }
        }
        address[] memory ps = handler.providers();
        for (uint256 i; i < ps.length; ++i) {
            assertEq(
                disputes.incidentUntil(ps[i]), handler.ghostIncidentUntil(ps[i]), "incidentUntil != model"
            );
        }
    }

    /// @notice A controller loses stake only as the bond of a report that was voided, exactly that bond.
    function invariant_controllersLoseOnlyVoidedBonds() public view {
        address[] memory cs = handler.controllers();
        for (uint256 i; i < cs.length; ++i) {
            address c = cs[i];
            uint256 lost = handler.ghostStakedIn(c) - staking.slashableOf(c);
            assertEq(lost, handler.ghostBondsLost(c), "controller lost stake outside a voided report");
            assertEq(lost, handler.ghostBondsOfVoided(c), "controller lost other than its bonds");
        }
    }

    /// @notice Clients never received more from slashes than their rounds' documented loss.
    function invariant_clientCompensationBounded() public view {
        assertLe(handler.ghostToClients(), handler.ghostLossOfExecuted(), "client windfall");
    }

    /// @notice Every account's locked stake is exactly its open round collateral, pending disputes'
    /// collateral and pending bonds, and never exceeds its active stake.
    function invariant_locksAddUp() public view {
        address[] memory ps = handler.providers();
        for (uint256 i; i < ps.length; ++i) {
            _checkLocks(ps[i]);
        }
        address[] memory cs = handler.controllers();
        for (uint256 i; i < cs.length; ++i) {
            _checkLocks(cs[i]);
        }
    }

    function _checkLocks(address a) internal view {
        assertEq(staking.lockedStakeOf(a), handler.expectedLocked(a), "locked != open locks");
        assertLe(staking.lockedStakeOf(a), staking.stakeOf(a), "locked > active");
    }
}

/// @notice A scripted walk through the handler proving that its actions do reach every path (a handler
/// whose every action is refused would make the invariants above vacuous).
contract DisputesHandlerCoverageTest is DisputesInvariantSetup {
    function test_handlerReachesEveryPath() public {
        // Three awards, two failovers, an end.
        handler.postAndAward(0, 1e15, 4);
        handler.postAndAward(1, 1e15, 4);
        handler.postAndAward(2, 1e14, 2);
        handler.warp(300 << 8); // five minutes
        handler.failOver(0, 0);
        handler.failOver(1, 1);
        handler.endJob(2, 1);
        handler.awardBackup(0, 1);
        handler.settle(0);
        // Reports by all three controllers on the two failed rounds (ascending order, silent from one
        // second after the award, observed a second later).
        handler.report(0, 7, (1 << 8) | 1, 2);
        assertEq(handler.disputeCount(), 1, "first report");
        handler.report(1, 7, (1 << 8) | 1, 2);
        assertEq(handler.disputeCount(), 2, "second report");
        // One challenged with a valid acknowledgement, one executed after its window.
        handler.challenge(0, 3, 0); // acknowledged one second after the claimed silence
        assertEq(handler.disputeAt(0).state, 2, "voided");
        handler.execute(1, 0);
        assertEq(handler.disputeAt(1).state, 3, "executed");
        handler.pause(0);
        handler.postAndAward(0, 1e15, 1); // refused while paused
        handler.pause(1);
        handler.scheduleParams(0);
        handler.executeParams(0);
        handler.scheduleParams(1);
        handler.executeParams(0);
        handler.unstake(0, 1 ether);
        handler.warp(7 + (9 days << 8)); // nine days
        handler.withdrawStake(0);
        handler.close(0);
        handler.restake(0, 1 ether);

        bytes32[14] memory names = [
            bytes32("award"),
            "reportFailure",
            "stopJob",
            "awardBackup",
            "settle",
            "reportFault",
            "challenge",
            "execute",
            "pause",
            "unpause",
            "executeParams",
            "requestUnstake",
            "withdraw",
            "restake"
        ];
        for (uint256 i; i < names.length; ++i) {
            assertGt(handler.calls(names[i]), 0, string(abi.encodePacked(names[i])));
        }
        assertEq(handler.violations(), 0, handler.firstViolation());
        invariantsHold();
    }

    /// @notice Random walks like the invariant fuzzer's (uniform actions, random words, fresh state per
    /// run): the dispute paths must actually succeed, not just be attempted.
    function test_randomWalkReachesTheDisputePaths() public {
        bytes4[16] memory sel = [
            handler.postAndAward.selector,
            handler.failOver.selector,
            handler.awardBackup.selector,
            handler.endJob.selector,
            handler.settle.selector,
            handler.close.selector,
            handler.report.selector,
            handler.challenge.selector,
            handler.execute.selector,
            handler.pause.selector,
            handler.scheduleParams.selector,
            handler.executeParams.selector,
            handler.unstake.selector,
            handler.withdrawStake.selector,
            handler.restake.selector,
            handler.warp.selector
        ];
        bytes32[8] memory names = [
            bytes32("reportFault"),
            "challenge",
            "execute",
            "executeParams",
            "awardBackup",
            "closeRound",
            "reportFault sameIncident",
            "challenge restores window"
        ];
        uint256[8] memory totals;
        for (uint256 r; r < 16; ++r) {
            uint256 snap = vm.snapshotState();
            for (uint256 d; d < 100; ++d) {
                uint256 x = uint256(keccak256(abi.encode(r, d)));
                (bool ok,) = address(handler)
                    .call(
                        abi.encodeWithSelector(
                            sel[x % sel.length],
                            uint256(keccak256(abi.encode(x, 1))),
                            uint256(keccak256(abi.encode(x, 2))),
                            uint256(keccak256(abi.encode(x, 3))),
                            uint256(keccak256(abi.encode(x, 4)))
                        )
                    );
                assertTrue(ok, "handler reverted");
            }
            assertEq(handler.violations(), 0, handler.firstViolation());
            for (uint256 i; i < names.length; ++i) {
                totals[i] += handler.calls(names[i]);
            }
            vm.revertToState(snap);
        }
        for (uint256 i; i < names.length; ++i) {
            assertGt(totals[i], 0, string(abi.encodePacked(names[i])));
        }
    }

    function invariantsHold() internal view {
        assertStakingSolvent();
        assertEscrowSolvent();
    }
}
