// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "../base/Fixture.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";
import {EscrowHandler} from "./EscrowHandler.sol";

/// @notice The production wiring of Fixture plus more actors, and an EscrowHandler targeted by the fuzzer.
abstract contract EscrowInvariantSetup is Fixture {
    EscrowHandler internal handler;
    address[] internal _holders;

    function setUp() public override {
        super.setUp();
        uint256[] memory clientPks = new uint256[](3);
        clientPks[0] = CLIENT_PK; // funded by the fixture
        clientPks[1] = 0xC11F;
        clientPks[2] = 0xC120;
        uint256[] memory providerPks = new uint256[](4);
        providerPks[0] = PROVIDER_PK; // staked 100k by the fixture
        providerPks[1] = BACKUP_PK; // staked 100k by the fixture
        providerPks[2] = 0xB0C;
        providerPks[3] = 0xB0D;
        fund(vm.addr(clientPks[1]), 5_000_000 ether);
        fund(vm.addr(clientPks[2]), 5_000_000 ether);
        fund(vm.addr(providerPks[2]), 1_000_000 ether);
        fund(vm.addr(providerPks[3]), 1_000_000 ether);
        stakeAs(vm.addr(providerPks[2]), 30_000 ether); // eligible for small jobs only
        stakeAs(vm.addr(providerPks[3]), 5000 ether); // below the global minimum until it stakes more

        handler = new EscrowHandler(
            token, staking, escrow, governance, treasury, CONTROLLER_PK, clientPks, providerPks
        );
        targetContract(address(handler));

        _holders.push(holder);
        _holders.push(treasury);
        _holders.push(governance);
        _holders.push(controller);
        _holders.push(address(escrow));
        _holders.push(address(staking));
        _holders.push(address(handler));
        for (uint256 i; i < clientPks.length; ++i) {
            _holders.push(vm.addr(clientPks[i]));
        }
        for (uint256 i; i < providerPks.length; ++i) {
            _holders.push(vm.addr(providerPks[i]));
        }
    }
}

/// @notice The marketplace's money invariants under random sequences of client, provider, controller,
/// governance and time actions (see EscrowHandler). forge runs one fuzzing campaign per invariant, so the
/// checks read the handler's model in bulk (one call for all jobs) to keep each campaign fast.
contract EscrowInvariantTest is EscrowInvariantSetup {
    /// @notice (1) The escrow holds exactly its free balances, locked budgets and unswept fees, both by its
    /// own bookkeeping and by the handler's independent model, and that is what deposits minus withdrawals,
    /// net provider payouts and swept fees left in it.
    function invariant_escrowSolvency() public view {
        uint256 balance = token.balanceOf(address(escrow));
        uint256 modelFree = handler.sumGhostFree();
        uint256 modelLocked = handler.sumGhostRemaining();
        uint256 modelFeesOwed = handler.ghostFees() - handler.ghostSwept();
        assertEq(
            balance,
            escrow.totalFree() + escrow.totalLocked() + escrow.feesOwed(),
            "escrow balance != totalFree + totalLocked + feesOwed"
        );
        assertEq(
            balance,
            modelFree + modelLocked + modelFeesOwed,
            "escrow balance != model free balances + model remaining budgets + model fees owed"
        );
        assertEq(escrow.totalFree(), modelFree, "totalFree != sum of model free balances");
        assertEq(escrow.totalLocked(), modelLocked, "totalLocked != sum of model remaining budgets");
        assertEq(
            balance + handler.ghostWithdrawn() + handler.sumPaid() + handler.ghostSwept(),
            handler.ghostDeposited() + handler.ghostFees(),
            "escrow balance != deposits - withdrawals - (gross payouts - fees) - swept fees"
        );
    }

    /// @notice (2) No job pays more than its budget, and no round pays more than price * gpuCount *
    /// (end of the round, or now, - award time), with the times taken from the handler's own clock.
    function invariant_noOverpayment() public view {
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        (uint256[] memory jobIds, uint256[] memory gpus, EscrowHandler.RoundG[] memory rounds) =
            handler.ghostAllRounds();
        uint256 now_ = handler.currentTime();
        uint256[] memory roundsPaid = new uint256[](jobs.length);
        for (uint256 k; k < rounds.length; ++k) {
            EscrowHandler.RoundG memory r = rounds[k];
            uint256 end = r.endedAt == 0 ? now_ : r.endedAt;
            assertLe(
                r.paid, r.price * gpus[k] * (end - r.startedAt), "round paid more than price * gpus * time"
            );
            roundsPaid[jobIds[k] - 1] += r.paid;
        }
        for (uint256 i; i < jobs.length; ++i) {
            assertLe(jobs[i].paid, jobs[i].budget, "job paid more than its budget");
            assertEq(roundsPaid[i], jobs[i].paid, "rounds' payouts != job's payouts");
        }
    }

    /// @notice (3) Every budget is accounted for: provider payouts (gross, fees included) + refunds + what
    /// is still locked == budget, so a closed or cancelled job split its budget exactly into payouts and
    /// refunds. Fees are floor(gross * feeBps / 10000) per report: every fee the model charged is still
    /// owed or was swept to the treasury (which received nothing else but governance slashes).
    function invariant_budgetConservation() public view {
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 i; i < jobs.length; ++i) {
            EscrowHandler.JobG memory g = jobs[i];
            AuctionEscrow.Job memory j = escrow.getJob(i + 1);
            assertEq(g.paid + g.refunded + j.remaining, g.budget, "payouts + refunds + remaining != budget");
            if (j.state == AuctionEscrow.JobState.Closed || j.state == AuctionEscrow.JobState.Cancelled) {
                assertEq(j.remaining, 0, "closed job still locks budget");
                assertEq(g.paid + g.refunded, g.budget, "closed job: payouts + refunds != budget");
            }
            if (j.state == AuctionEscrow.JobState.Cancelled) {
                assertEq(g.paid, 0, "cancelled job paid a provider");
            }
        }
        assertEq(
            handler.ghostFees(), escrow.feesOwed() + handler.ghostSwept(), "fees charged != feesOwed + swept"
        );
        assertEq(
            token.balanceOf(treasury),
            handler.ghostSwept() + handler.ghostSlashedToTreasury(),
            "treasury balance != swept fees + governance slashes"
        );
    }

    /// @notice (4) The staking contract holds exactly the stake it books, which is the model's stake
    /// (the escrow slashes failed providers through it).
    function invariant_stakingSolvency() public view {
        uint256 totalActive = staking.totalActive();
        uint256 total = totalActive + staking.totalUnbonding();
        assertEq(token.balanceOf(address(staking)), total, "staking balance != totalActive + totalUnbonding");
        (uint256 active, uint256 unbonding) = handler.ghostStakeTotals();
        assertEq(totalActive, active, "totalActive != sum of model active stake");
        assertEq(total, active + unbonding, "staking totals != sum of model positions");
        address[] memory s = handler.stakers();
        for (uint256 i; i < s.length; ++i) {
            (uint256 a,,) = handler.ghostPosition(s[i]);
            assertEq(staking.stakeOf(s[i]), a, "active stake != model");
        }
    }

    /// @notice (5) GIN's supply never changes and it all sits with known holders.
    function invariant_supplyConserved() public view {
        assertEq(token.totalSupply(), SUPPLY, "total supply changed");
        uint256 sum;
        for (uint256 i; i < _holders.length; ++i) {
            sum += token.balanceOf(_holders[i]);
        }
        assertEq(sum, SUPPLY, "sum of known balances != supply");
    }

    /// @notice (6) A job's remaining budget never increases after createJob, and its budget never changes.
    /// The handler compares the jobs each step touched with their previous value; here every job is
    /// compared with the last value the handler saw, which catches a change to a job no step touched.
    function invariant_remainingNeverIncreases() public view {
        assertEq(handler.remainingIncreases(), 0, "a job's remaining budget increased during a step");
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 i; i < jobs.length; ++i) {
            AuctionEscrow.Job memory j = escrow.getJob(i + 1);
            assertLe(j.remaining, jobs[i].lastSeenRemaining, "a job's remaining budget increased");
            assertEq(j.budget, jobs[i].budget, "a job's budget changed");
            assertLe(j.remaining, j.budget, "remaining > budget");
        }
    }

    /// @notice The contract behaves exactly as the handler's model: every call had the predicted outcome
    /// (no unexpected revert or success) and moved exactly the predicted amounts, and every job (state,
    /// round, provider, price, award and end times, remaining budget, GPU-seconds paid) and every free
    /// balance is where the model says.
    function invariant_contractMatchesModel() public view {
        if (handler.surprises() != 0) fail(handler.firstSurprise());
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        EscrowHandler.RoundG[] memory current = handler.ghostCurrentRounds();
        assertEq(escrow.nextJobId(), jobs.length + 1, "nextJobId");
        for (uint256 i; i < jobs.length; ++i) {
            EscrowHandler.JobG memory g = jobs[i];
            EscrowHandler.RoundG memory r = current[i];
            AuctionEscrow.Job memory j = escrow.getJob(i + 1);
            assertEq(uint256(j.state), uint256(g.state), "job state != model");
            assertEq(j.client, g.client, "job client != model");
            assertEq(j.budget, g.budget, "job budget != model");
            assertEq(j.remaining, g.reserve + r.remaining, "job remaining != model reserve + round remaining");
            assertEq(uint256(j.round), uint256(g.round), "job round != model");
            assertEq(uint256(j.endedAt), g.endedAt, "job end time != model");
            assertEq(j.provider, g.provider, "job provider != model");
            assertEq(j.price, r.price, "round price != model");
            assertEq(j.startedAt, r.startedAt, "round start != model");
            assertEq(j.settledGpuSeconds, r.settled, "round GPU-seconds paid != model");
        }
        address[] memory c = handler.clients();
        for (uint256 i; i < c.length; ++i) {
            assertEq(escrow.freeBalanceOf(c[i]), handler.ghostFree(c[i]), "free balance != model");
        }
    }

    function afterInvariant() public view {
        handler.logSummary();
    }
}
