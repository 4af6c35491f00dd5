// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./Fixture.sol";
import {GinTimelock} from "../../src/GinTimelock.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";
import {FaultDisputes} from "../../src/FaultDisputes.sol";

/// @notice Fixture plus helpers shared by the trust-model tests: the production admin (a GinTimelock whose
/// delay exceeds the unbonding delay), the default job of these tests, and fault-report shortcuts.
abstract contract TimelockFixture is Fixture {
    /// @notice Timelock delay used as in production: longer than the unbonding delay.
    uint256 internal constant TIMELOCK_DELAY = UNBONDING + 1 days;

    /// @notice The default job of the trust-model tests: 4 GPUs at 0.001 GIN per GPU-second.
    uint256 internal constant PRICE = 1e15;
    uint16 internal constant GPUS = 4;
    uint256 internal constant BUDGET = 10_000 ether;
    /// @notice A failover window of service at the job's price: the client's documented loss.
    uint256 internal constant LOSS = PRICE * GPUS * FAILOVER_WINDOW;
    /// @notice The collateral one award of the default job locks.
    uint256 internal constant COLLATERAL = uint256(SLASH_MULTIPLE) * LOSS;

    GinTimelock internal timelock;

    /// @notice Replaces the market with one whose admin is a GinTimelock (`governance` proposes, anyone
    /// executes), then funds and stakes every actor as Fixture.setUp does.
    function deployTimelockedMarket() internal {
        address[] memory proposers = new address[](1);
        proposers[0] = governance;
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new GinTimelock(TIMELOCK_DELAY, proposers, executors);
        deployMarket(address(timelock));
        fundAndStakeActors();
    }

    /// @notice Funds and stakes the fixture's actors (what Fixture.setUp does after deployMarket).
    function fundAndStakeActors() internal {
        fund(client, 10_000_000 ether);
        fund(provider, 1_000_000 ether);
        fund(backup, 1_000_000 ether);
        fund(controller, 1_000_000 ether);
        fund(controller2, 1_000_000 ether);
        fund(controller3, 1_000_000 ether);
        stakeAs(provider, 100_000 ether);
        stakeAs(backup, 100_000 ether);
        stakeAs(controller, CONTROLLER_MIN_STAKE + 10 * uint256(REPORTER_BOND));
        stakeAs(controller2, CONTROLLER_MIN_STAKE + 10 * uint256(REPORTER_BOND));
        stakeAs(controller3, CONTROLLER_MIN_STAKE + 10 * uint256(REPORTER_BOND));
    }

    /// @notice Schedules `data` on `target` through the timelock (as `governance`) and executes it once
    /// the delay has passed.
    function viaTimelock(address target, bytes memory data, bytes32 salt) internal {
        vm.prank(governance);
        timelock.schedule(target, 0, data, bytes32(0), salt, TIMELOCK_DELAY);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        timelock.execute(target, 0, data, bytes32(0), salt);
    }

    // ------------------------------------------------------------ jobs and reports

    /// @notice Posts the default job and awards it to `pk` (bid nonce `nonce`).
    function runningJob(uint256 pk, uint256 nonce) internal returns (uint256 jobId) {
        jobId = postJob(PRICE, GPUS, BUDGET);
        awardTo(jobId, pk, PRICE, nonce);
    }

    /// @notice The storage key of an award round (escrow rounds, staking locks, disputeOfRound).
    function roundKey(uint256 jobId, uint256 round, address who) internal pure returns (bytes32) {
        return keccak256(abi.encode(jobId, round, who));
    }

    function disputeKey(uint256 id) internal pure returns (bytes32) {
        return keccak256(abi.encode("dispute", id));
    }

    function bondKey(uint256 id, address reporter) internal pure returns (bytes32) {
        return keccak256(abi.encode("bond", id, reporter));
    }

    /// @notice The signers of a quorum of `n` fixture controllers, in ascending order.
    function sortedControllers(uint256 n) internal pure returns (address[] memory out) {
        uint256[] memory pks = controllerPks(n);
        out = new address[](n);
        for (uint256 i; i < n; ++i) {
            out[i] = vm.addr(pks[i]);
        }
        for (uint256 i; i < n; ++i) {
            for (uint256 k = i + 1; k < n; ++k) {
                if (out[k] < out[i]) (out[i], out[k]) = (out[k], out[i]);
            }
        }
    }

    /// @notice Files a fault report signed by the first `n` fixture controllers; returns the dispute id.
    function reportBy(
        uint256 n,
        uint256 jobId,
        uint256 round,
        address who,
        uint256 silentSince,
        uint256 observedAt
    ) internal returns (uint256 id) {
        FaultDisputes.FaultReport memory r = faultReport(jobId, round, who, silentSince, observedAt);
        id = disputes.reportFault(r, signFault(r, controllerPks(n)));
    }

    function ack(address who, uint256 time) internal pure returns (FaultDisputes.HeartbeatAck memory) {
        return FaultDisputes.HeartbeatAck({provider: who, timestamp: time});
    }

    /// @notice Everything a stake-conservation check needs about one account.
    function stakeState(address who) internal view returns (uint256 active, uint256 locked, uint256 wallet) {
        return (staking.stakeOf(who), staking.lockedStakeOf(who), token.balanceOf(who));
    }

    function assertStakingSolvent() internal view {
        assertEq(
            token.balanceOf(address(staking)),
            staking.totalActive() + staking.totalUnbonding(),
            "staking balance != active + unbonding"
        );
    }

    function escrowParams() internal view returns (AuctionEscrow.Params memory p) {
        (
            p.treasury,
            p.feeBps,
            p.slashMultiple,
            p.settlementWindow,
            p.failoverWindow,
            p.challengeWindow,
            p.controllerMinStake
        ) = escrow.params();
    }
}
