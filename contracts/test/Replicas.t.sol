// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EscrowTestBase} from "./AuctionEscrow.t.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";

/// @notice Replicas: one job, one budget, several providers serving at once, each round paid,
/// ended and failed over on its own terms.
contract AuctionEscrowReplicasTest is EscrowTestBase {
    uint256 internal constant THIRD_PK = 0xB0D;
    address internal third;

    function setUp() public override {
        super.setUp();
        third = vm.addr(THIRD_PK);
        fund(third, 1_000_000 ether);
        stakeAs(third, 100_000 ether);
    }

    function _replicatedJob(uint8 replicas, uint256 budget) internal returns (uint256 jobId) {
        depositAs(client, budget);
        vm.prank(client);
        jobId = escrow.createReplicatedJob(
            keccak256("spec"), MAX_PRICE, GPUS, budget, uint40(block.timestamp + 1 hours), 0, replicas
        );
        awardTo(jobId, PROVIDER_PK, PRICE, nextNonce++);
    }

    function _addReplica(uint256 jobId, uint256 pk) internal {
        AuctionEscrow.Bid memory bid = bidFor(jobId, vm.addr(pk), PRICE, nextNonce++);
        bytes memory s = signBid(pk, bid);
        vm.prank(controller);
        escrow.addReplica(bid, s);
    }

    /// Everything the job holds: the reserve, the current round and every replica round here.
    function _heldAll(uint256 jobId) internal view returns (uint256 sum) {
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        sum = j.remaining;
        address[3] memory who = [provider, backup, third];
        for (uint256 r = 1; r <= j.round; ++r) {
            for (uint256 k; k < who.length; ++k) {
                if (r == j.round && who[k] == j.provider) continue;
                sum += _roundRemaining(jobId, r, who[k]);
            }
        }
    }

    function _payouts() internal view returns (uint256) {
        return
            token.balanceOf(provider) + token.balanceOf(backup) + token.balanceOf(third) + escrow.feesOwed();
    }

    /// Two providers serve at once under one budget; each is paid for its own time from its share, and
    /// stopping the job ends both and refunds every unserved wei.
    function test_replica_sharesTheBudgetAndIsPaidOnItsOwnTerms() public {
        uint256 budget = 1000 * PRICE;
        uint256 paid0 = _payouts();
        uint256 free0 = escrow.freeBalanceOf(client);
        uint256 jobId = _replicatedJob(2, budget);
        vm.warp(block.timestamp + 50); // the first provider served 100 GPU-seconds alone

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReplicaAdded(jobId, backup, 1, PRICE, nextNonce, 450 * PRICE);
        _addReplica(jobId, BACKUP_PK);
        // Half of the budget not yet served (900 of 1000 GPU-seconds' worth) goes to the replica.
        assertEq(_roundRemaining(jobId, 1, backup), 450 * PRICE, "replica's share");
        assertEq(_roundRemaining(jobId, 1, provider), 550 * PRICE, "current round keeps what it served");
        assertEq(_heldAll(jobId), budget, "all of it held");

        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 300);
        _settle(BACKUP_PK, jobId, 1, 200);
        // The replica cannot claim beyond its own time (200 GPU-seconds since its award).
        _settle(BACKUP_PK, jobId, 1, 400);
        assertEq(_roundRemaining(jobId, 1, backup), 250 * PRICE, "replica paid its 200 GPU-seconds");

        _stop(jobId);
        assertEq(_roundState(jobId, 1, backup), 3, "replica closed with the job (nothing more due)");
        assertEq(_payouts() - paid0, 500 * PRICE, "paid 300 + 200 GPU-seconds");
        assertEq(escrow.freeBalanceOf(client) - free0, 500 * PRICE, "the rest refunded at once");
        assertEq(_heldAll(jobId), 0, "nothing held");
        assertEscrowSolvent();
    }

    /// The job's limit holds: no more providers than `replicas`, none twice, only the client or a controller.
    function test_addReplica_refusals() public {
        uint256 single = _runningJob();
        AuctionEscrow.Bid memory bid = bidFor(single, backup, PRICE, 77);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(controller);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.TooManyReplicas.selector, single, 1));
        escrow.addReplica(bid, s);

        uint256 jobId = _replicatedJob(2, BUDGET);
        bid = bidFor(jobId, provider, PRICE, 78);
        s = signBid(PROVIDER_PK, bid);
        vm.prank(controller);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.SameProvider.selector, provider));
        escrow.addReplica(bid, s);

        bid = bidFor(jobId, backup, PRICE, 79);
        s = signBid(BACKUP_PK, bid);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.addReplica(bid, s);

        _addReplica(jobId, BACKUP_PK);
        bid = bidFor(jobId, third, PRICE, 80);
        s = signBid(THIRD_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.TooManyReplicas.selector, jobId, 2));
        escrow.addReplica(bid, s);

        depositAs(client, 1 ether);
        vm.startPrank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidJob.selector, "replicas"));
        escrow.createReplicatedJob(
            keccak256("s"), MAX_PRICE, GPUS, 1 ether, uint40(block.timestamp + 1), 0, 0
        );
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidJob.selector, "replicas"));
        escrow.createReplicatedJob(
            keccak256("s"), MAX_PRICE, GPUS, 1 ether, uint40(block.timestamp + 1), 0, 9
        );
        vm.stopPrank();
    }

    /// A replica that fails is ended on its own: it keeps its claim to the time it served, its unspent
    /// share goes back to the job, and a new replica takes it. No stake moves.
    function test_endReplica_thenAnotherTakesItsPlace() public {
        uint256 jobId = _replicatedJob(2, 1000 * PRICE);
        _addReplica(jobId, BACKUP_PK);
        uint256 stake = staking.stakeOf(backup);
        vm.warp(block.timestamp + 100);

        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.endReplica(jobId, backup);
        vm.prank(controller);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.NotReplica.selector, jobId, third));
        escrow.endReplica(jobId, third);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReplicaEnded(jobId, backup, 1, 200 * PRICE);
        vm.prank(controller);
        escrow.endReplica(jobId, backup);
        assertEq(_roundRemaining(jobId, 1, backup), 200 * PRICE, "its claim to 100 s x 2 GPUs");
        assertEq(escrow.getJob(jobId).remaining, 500 * PRICE + 300 * PRICE, "the rest back to the job");
        assertEq(staking.stakeOf(backup), stake, "no stake moved");

        _addReplica(jobId, THIRD_PK);
        vm.warp(block.timestamp + 1000);
        _settle(BACKUP_PK, jobId, 1, 1000); // the ended replica: only its 200 GPU-seconds
        _settle(THIRD_PK, jobId, 1, 10_000); // the new one: capped by its share
        assertEq(_roundRemaining(jobId, 1, backup), 0, "ended replica paid its claim");
        assertEq(_roundRemaining(jobId, 1, third), 0, "new replica spent its share");
        _stop(jobId);
        assertEq(
            _heldAll(jobId), _roundRemaining(jobId, 1, provider), "only the current round's claim is held"
        );
        assertEscrowSolvent();
    }

    /// The current round's provider dies while a replica serves: the job fails over, the replica keeps
    /// serving and being paid, and the backup award does not go to the live replica's provider.
    function test_failover_replicaKeepsServing() public {
        uint256 jobId = _replicatedJob(2, 1000 * PRICE);
        _addReplica(jobId, BACKUP_PK);
        vm.warp(block.timestamp + 50);
        _fail(jobId);
        _assertState(jobId, AuctionEscrow.JobState.Failover);
        vm.warp(block.timestamp + 50);
        _settle(BACKUP_PK, jobId, 1, 200);
        assertEq(_roundRemaining(jobId, 1, backup), 300 * PRICE, "replica paid through the failover");

        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 90);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.SameProvider.selector, backup));
        escrow.awardBackup(bid, s);
        _awardBackup(jobId, THIRD_PK, PRICE, 91);
        _assertState(jobId, AuctionEscrow.JobState.Running);
        assertEq(escrow.getJob(jobId).round, 2, "round 2");

        _stop(jobId);
        assertEq(_roundState(jobId, 1, backup), 3, "replica closed with the job: it settled all it served");
        assertEq(_roundRemaining(jobId, 1, backup), 0, "nothing left in it");
        assertEscrowSolvent();
    }

    /// A job that fails over and is closed unserved ends its replicas too: nothing stays locked.
    function test_finalizeFailedJob_endsReplicas() public {
        uint256 jobId = _replicatedJob(3, 900 * PRICE);
        _addReplica(jobId, BACKUP_PK);
        _addReplica(jobId, THIRD_PK);
        assertEq(_roundRemaining(jobId, 1, backup), 300 * PRICE, "a third");
        assertEq(_roundRemaining(jobId, 1, third), 300 * PRICE, "a third");
        _fail(jobId);
        uint256 free0 = escrow.freeBalanceOf(client);
        vm.prank(client);
        escrow.finalizeJob(jobId);
        assertEq(escrow.freeBalanceOf(client) - free0, 900 * PRICE, "all refunded: no time served");
        assertEq(escrow.totalLocked(), 0, "nothing locked");
        assertEscrowSolvent();
    }
}
