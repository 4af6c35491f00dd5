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
        address[] memory passive = new address[](2);
        (passive[0], passive[1]) = (controller2, controller3); // staked by the fixture, never act here

        handler = new EscrowHandler(
            token,
            staking,
            escrow,
            EscrowHandler.Actors({
                governance: governance,
                guardian: guardian,
                treasury: treasury,
                controllerPk: CONTROLLER_PK,
                clientPks: clientPks,
                providerPks: providerPks,
                passiveStakers: passive
            })
        );
        targetContract(address(handler));

        _holders.push(holder);
        _holders.push(treasury);
        _holders.push(governance);
        _holders.push(guardian);
        _holders.push(controller);
        _holders.push(controller2);
        _holders.push(controller3);
        _holders.push(address(escrow));
        _holders.push(address(staking));
        _holders.push(address(disputes));
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
/// guardian, governance and time actions (see EscrowHandler). forge runs one fuzzing campaign per
/// invariant, so the checks read the handler's model in bulk (one call for all jobs) to keep each campaign
/// fast.
contract EscrowInvariantTest is EscrowInvariantSetup {
    uint256 internal constant MASK_96 = (1 << 96) - 1;

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
    /// the job still holds (reserve, current round, and failed rounds still owing their provider) == budget.
    /// A closed or cancelled job holds nothing but the dues of rounds still open to settlement, and once
    /// those are closed its budget split exactly into payouts and refunds. Every fee the model charged
    /// (each job at its own rate) is still owed or was swept to the treasury, which received nothing else.
    function invariant_budgetConservation() public view {
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        (uint256[] memory jobIds,, EscrowHandler.RoundG[] memory rounds) = handler.ghostAllRounds();
        uint256[] memory openDues = new uint256[](jobs.length);
        for (uint256 k; k < rounds.length; ++k) {
            if (rounds[k].state == 2) openDues[jobIds[k] - 1] += rounds[k].remaining;
        }
        for (uint256 i; i < jobs.length; ++i) {
            EscrowHandler.JobG memory g = jobs[i];
            AuctionEscrow.Job memory j = escrow.getJob(i + 1);
            uint256 held = handler.heldOf(i + 1);
            assertEq(g.paid + g.refunded + held, g.budget, "payouts + refunds + held != budget");
            if (j.state == AuctionEscrow.JobState.Closed || j.state == AuctionEscrow.JobState.Cancelled) {
                assertEq(held, openDues[i], "closed job holds more than its rounds' open dues");
                if (openDues[i] == 0) {
                    assertEq(g.paid + g.refunded, g.budget, "closed job: payouts + refunds");
                }
            }
            if (j.state == AuctionEscrow.JobState.Cancelled) {
                assertEq(g.paid, 0, "cancelled job paid a provider");
            }
        }
        assertEq(
            handler.ghostFees(), escrow.feesOwed() + handler.ghostSwept(), "fees charged != feesOwed + swept"
        );
        assertEq(token.balanceOf(treasury), handler.ghostSwept(), "treasury balance != swept fees");
    }

    /// @notice (4) The staking contract holds exactly the stake it books, which is the model's stake: no
    /// failover and no governance call moved any of it.
    function invariant_stakingSolvency() public view {
        uint256 totalActive = staking.totalActive();
        uint256 total = totalActive + staking.totalUnbonding();
        assertEq(token.balanceOf(address(staking)), total, "staking balance != totalActive + totalUnbonding");
        (uint256 active, uint256 unbonding) = handler.ghostStakeTotals();
        assertEq(totalActive, active, "totalActive != sum of model active stake");
        assertEq(total, active + unbonding, "staking totals != sum of model positions");
        address[] memory s = handler.stakers();
        for (uint256 i; i < s.length; ++i) {
            (uint256 a, uint256 u,,) = handler.ghostPosition(s[i]);
            (uint256 cu,) = staking.unbondingOf(s[i]);
            assertEq(staking.stakeOf(s[i]), a, "active stake != model");
            assertEq(cu, u, "unbonding stake != model");
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

    /// @notice (6) What a job holds never increases after createJob, and its budget never changes. The
    /// handler compares the jobs each step touched with their previous value; here every job is compared
    /// with the last value the handler saw, which catches a change to a job no step touched.
    function invariant_remainingNeverIncreases() public view {
        assertEq(handler.remainingIncreases(), 0, "a job's remaining budget increased during a step");
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 i; i < jobs.length; ++i) {
            AuctionEscrow.Job memory j = escrow.getJob(i + 1);
            assertLe(handler.heldOf(i + 1), jobs[i].lastSeenRemaining, "a job's remaining budget increased");
            assertEq(j.budget, jobs[i].budget, "a job's budget changed");
            assertLe(j.remaining, j.budget, "remaining > budget");
        }
    }

    /// @notice (7a) Collateral: a provider's locked stake is exactly the collateral (slashMultiple x price x
    /// GPUs x failoverWindow, from its job's terms) of its rounds not released yet, per the model's rounds;
    /// each such round's lock sits under its round key with that amount, each released one has no lock; and
    /// locked stake never exceeds active stake.
    function invariant_collateralLocks() public view {
        address[] memory s = handler.stakers();
        for (uint256 i; i < s.length; ++i) {
            uint256 locked = staking.lockedStakeOf(s[i]);
            (,,, uint256 modelLocked) = handler.ghostPosition(s[i]);
            assertEq(
                locked, handler.ghostCollateralOf(s[i]), "locked stake != collateral of unreleased rounds"
            );
            assertEq(locked, modelLocked, "locked stake != model");
            assertLe(locked, staking.stakeOf(s[i]), "locked stake > active stake");
            assertEq(
                staking.unlockedStakeOf(s[i]), staking.stakeOf(s[i]) - locked, "unlocked != active - locked"
            );
        }
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 id = 1; id <= jobs.length; ++id) {
            for (uint256 r = 1; r <= jobs[id - 1].round; ++r) {
                EscrowHandler.RoundG memory g = handler.ghostRound(id, r);
                (address account, uint96 amount) = staking.locks(keccak256(abi.encode(id, r, g.provider)));
                if (g.released) {
                    assertEq(account, address(0), "released round still locked");
                } else {
                    assertEq(account, g.provider, "round lock account");
                    assertEq(amount, g.collateral, "round lock amount");
                    uint256 expected = jobs[id - 1].slashMultiple * g.price * jobs[id - 1].gpus
                        * jobs[id - 1].failoverWindow;
                    assertEq(g.collateral, expected, "collateral != the job's terms");
                }
            }
        }
    }

    /// @notice (7b) A pause never turns a provider's claim into a refund: the probe settled every due it
    /// tried in full (paused or not), and a due was only ever refunded to the client after its round's
    /// settlement window, unless its own provider gave it up. An unsettled due still sits, intact, in its
    /// round word.
    function invariant_claimsOutlivePausesAndRefunds() public view {
        assertEq(handler.claimViolations(), 0, "a provider's due was refunded early or could not be settled");
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 id = 1; id <= jobs.length; ++id) {
            for (uint256 r = 1; r <= jobs[id - 1].round; ++r) {
                EscrowHandler.RoundG memory g = handler.ghostRound(id, r);
                if (g.refundedDue > 0 && !g.waived) {
                    assertGe(
                        g.refundedAt,
                        g.endedAt + jobs[id - 1].settlementWindow,
                        "due refunded inside the window"
                    );
                }
                if (g.state == 2) {
                    (uint256 word,) = escrow.roundOf(id, r, g.provider);
                    assertEq(word >> 248, 2, "an open claim's round is not Ended");
                    assertEq(word & MASK_96, g.remaining, "an open claim's due != model");
                }
            }
        }
    }

    /// @notice (7c) A job keeps the terms it was created with (fee, slash multiple, windows) whatever
    /// setParams did since, and each of its rounds charges the job's own fee.
    function invariant_jobTermsFixedAtCreation() public view {
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        for (uint256 id = 1; id <= jobs.length; ++id) {
            EscrowHandler.JobG memory g = jobs[id - 1];
            (address c, AuctionEscrow.Terms memory t) = escrow.jobTerms(id);
            assertEq(c, g.client, "terms: client");
            assertEq(t.feeBps, g.feeBps, "job fee != fee at creation");
            assertEq(t.slashMultiple, g.slashMultiple, "job slash multiple != at creation");
            assertEq(t.settlementWindow, g.settlementWindow, "job settlement window != at creation");
            assertEq(t.failoverWindow, g.failoverWindow, "job failover window != at creation");
            assertEq(t.challengeWindow, g.challengeWindow, "job challenge window != at creation");
            assertEq(escrow.jobTermsHash(id), handler.termsHashOf(id), "terms hash != model");
            for (uint256 r = 1; r <= g.round; ++r) {
                EscrowHandler.RoundG memory rg = handler.ghostRound(id, r);
                (uint256 word,) = escrow.roundOf(id, r, rg.provider);
                assertEq((word >> 200) & 0xff, g.feeBps / 10, "round fee units != the job's fee");
            }
        }
    }

    /// @notice The contract behaves exactly as the handler's model: every call had the predicted outcome
    /// (no unexpected revert or success) and moved exactly the predicted amounts, and every job (state,
    /// round, provider, price, award and end times, remaining budget, GPU-seconds paid), every round word
    /// and end time, every free balance and the pause are where the model says.
    function invariant_contractMatchesModel() public view {
        if (handler.surprises() != 0) fail(handler.firstSurprise());
        EscrowHandler.JobG[] memory jobs = handler.ghostJobs();
        EscrowHandler.RoundG[] memory current = handler.ghostCurrentRounds();
        assertEq(escrow.nextJobId(), jobs.length + 1, "nextJobId");
        assertEq(escrow.paused(), handler.ghostPaused(), "paused != model");
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
            for (uint256 k = 1; k <= g.round; ++k) {
                _assertRound(i + 1, k, g.gpus);
            }
        }
        address[] memory c = handler.clients();
        for (uint256 i; i < c.length; ++i) {
            assertEq(escrow.freeBalanceOf(c[i]), handler.ghostFree(c[i]), "free balance != model");
        }
    }

    function _assertRound(uint256 id, uint256 round, uint256 gpus) internal view {
        EscrowHandler.RoundG memory g = handler.ghostRound(id, round);
        (uint256 word, uint256 endedAt) = escrow.roundOf(id, round, g.provider);
        assertEq(word & MASK_96, g.remaining, "round remaining != model");
        assertEq((word >> 96) & ((1 << 64) - 1), g.price, "round price != model");
        assertEq((word >> 160) & ((1 << 40) - 1), g.settled, "round settled != model");
        assertEq((word >> 208) & ((1 << 32) - 1), g.startedAt, "round start != model");
        assertEq((word >> 240) & 0xff, gpus, "round GPUs != model");
        assertEq(word >> 248, g.state, "round state != model");
        assertEq(endedAt, g.endedAt, "round end time != model");
    }

    function afterInvariant() public view {
        handler.logSummary();
    }
}
