// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {Vm} from "./base/Vm.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
import {IProviderStaking} from "../src/interfaces/IProviderStaking.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Adversarial scenarios against the escrow's signatures, payment caps and trust model: bids and
/// usage reports replayed on another job, another escrow or another chain; bids from unstaked keys,
/// reused or mass-cancelled nonces, or signed for other job terms; double settlement, over-claiming and
/// settling after a stop or a failover; forged and malleated signatures; and the trust-model attacks
/// (issue 14): governance taking stake (H-2), a bad report sinking a batch (H-3), a pause turning earned
/// claims into refunds (M-2), retroactive fees (M-3), collateral escaping by unstaking (M-4), bids moved
/// to another job by a reorg (L-2). The EIP-712 digests are recomputed here from the type strings so that
/// a change to the signed encoding (which off-chain signers must match) is caught too.
contract AttacksTest is Fixture {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant BID_TYPEHASH = keccak256(
        "Bid(uint256 jobId,bytes32 terms,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
    );
    bytes32 internal constant USAGE_TYPEHASH =
        keccak256("Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)");
    bytes32 internal constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(address provider,Usage[] usages)Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
    );
    /// @dev secp256k1 group order.
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal constant PRICE = 1e12;
    uint256 internal constant MAX_PRICE = 2e12;
    uint16 internal constant GPUS = 2;
    uint256 internal constant BUDGET = 1000 ether;

    uint256 internal constant MALLORY_PK = 0xBAD;
    address internal mallory;

    function setUp() public override {
        super.setUp();
        mallory = vm.addr(MALLORY_PK);
        vm.label(mallory, "mallory");
    }

    // ------------------------------------------------------------ the signed encoding itself

    function test_bidDigest_isEip712OverDomainWithChainAndContract() public view {
        AuctionEscrow.Bid memory bid = bidFor(7, provider, PRICE, 3);
        bid.terms = keccak256("terms");
        bytes32 structHash = keccak256(
            abi.encode(
                BID_TYPEHASH, bid.jobId, bid.terms, bid.provider, bid.pricePerGpuSecond, bid.expiry, bid.nonce
            )
        );
        assertEq(escrow.bidDigest(bid), _digest(address(escrow), structHash), "bid digest");
    }

    function test_usageReportDigest_isEip712OverDomainWithChainAndContract() public view {
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](2);
        u[0] = usage(1, 1, 100);
        u[1] = usage(2, 3, 250);
        bytes32[] memory hashes = new bytes32[](2);
        for (uint256 i; i < 2; ++i) {
            hashes[i] =
                keccak256(abi.encode(USAGE_TYPEHASH, u[i].jobId, u[i].round, u[i].cumulativeGpuSeconds));
        }
        bytes32 structHash =
            keccak256(abi.encode(USAGE_REPORT_TYPEHASH, provider, keccak256(abi.encodePacked(hashes))));
        assertEq(escrow.usageReportDigest(provider, u), _digest(address(escrow), structHash), "report digest");
    }

    // ------------------------------------------------------------ bids

    function test_bid_replayedOnAnotherJobIsRejected() public {
        uint256 cheap = _openJob();
        uint256 other = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(cheap, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);

        bid.jobId = other; // the terms still name the job it was signed for
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidTermsMismatch.selector, other));
        escrow.award(bid, s);

        bid.terms = escrow.jobTermsHash(other); // now they match, but the signature does not
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);
    }

    function test_bid_replayedOnAnotherEscrowIsRejected() public {
        AuctionEscrow twin = _deployTwin();
        uint256 jobId = _openJob();
        uint256 twinJob = _openJobOn(twin);
        assertEq(twinJob, jobId, "same job id on both escrows");
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);

        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        twin.award(bid, s);

        vm.prank(client);
        escrow.award(bid, s); // where it was meant to go it still works
    }

    function test_bid_replayedOnAnotherChainIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);

        vm.chainId(block.chainid + 1);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);

        // A signature made for the new chain is accepted: the domain is what changed.
        bytes memory fresh = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        escrow.award(bid, fresh);
        assertEq(escrow.getJob(jobId).provider, provider, "awarded with the right domain");
    }

    function test_bid_fromUnstakedKeyIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, mallory, 1, 1); // undercuts everyone
        bytes memory s = signBid(MALLORY_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, mallory));
        escrow.award(bid, s);
    }

    function test_bid_fromUnderStakedKeyIsRejected() public {
        fund(mallory, MIN_STAKE);
        stakeAs(mallory, MIN_STAKE - 1);
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, mallory, 1, 1);
        bytes memory s = signBid(MALLORY_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, mallory));
        escrow.award(bid, s);
    }

    function test_bid_stakeWithdrawnAfterSigningIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(provider);
        staking.requestUnstake(100_000 ether - MIN_STAKE + 1);

        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);
    }

    function test_bid_reusedAfterAwardIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory first = bidFor(jobId, provider, PRICE, 1);
        bytes memory firstSig = signBid(PROVIDER_PK, first);
        vm.prank(client);
        escrow.award(first, firstSig);

        // Round 1 fails, the backup takes over and fails too: the round-1 bid cannot come back.
        _fail(jobId);
        AuctionEscrow.Bid memory second = bidFor(jobId, backup, PRICE, 1);
        bytes memory secondSig = signBid(BACKUP_PK, second);
        vm.prank(client);
        escrow.awardBackup(second, secondSig);
        _fail(jobId);

        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 1));
        escrow.awardBackup(first, firstSig);
    }

    function test_bid_withdrawnByNonceCancellationCannotBeAwarded() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 4);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(provider);
        escrow.cancelBidNonce(4);

        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 4));
        escrow.award(bid, s);
    }

    function test_bid_forgedWithAnotherKeysValidSignatureIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, MAX_PRICE, 1); // a price provider never offered
        bytes memory forged = signBid(MALLORY_PK, bid); // a perfectly valid v/r/s, of the wrong key
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, forged);
    }

    function test_bid_malleatedHighSSignatureIsRejected() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes32 digest = escrow.bidDigest(bid);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(PROVIDER_PK, digest);
        bytes32 highS = bytes32(N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        assertEq(ecrecover(digest, flippedV, r, highS), provider, "ecrecover alone would accept it");

        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, abi.encodePacked(r, highS, flippedV));
    }

    function test_bid_signatureCannotBeUsedAsUsageReport() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);
        r.signature = signBid(PROVIDER_PK, bidFor(jobId, provider, PRICE, 99));
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    // ------------------------------------------------------------ usage reports

    function test_usage_replayedOnAnotherJobIsRejected() public {
        uint256 small = _runningJob();
        uint256 big = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, small, 1, 200);

        r.usages[0].jobId = big;
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_usage_replayedOnAnotherEscrowIsRejected() public {
        AuctionEscrow twin = _deployTwin();
        uint256 jobId = _runningJob();
        uint256 twinJob = _openJobOn(twin);
        assertEq(twinJob, jobId, "same job id on both escrows");
        AuctionEscrow.Bid memory bid = bidFor(twinJob, provider, PRICE, 1);
        bytes memory bidSig = sig(PROVIDER_PK, twin.bidDigest(bid));
        vm.prank(client);
        twin.award(bid, bidSig);
        vm.warp(block.timestamp + 100);

        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);
        escrow.settle(r);
        uint256 twinLocked = twin.totalLocked();
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        twin.settle(r);
        assertEq(twin.totalLocked(), twinLocked, "twin paid nothing");
    }

    function test_usage_replayedOnAnotherChainIsRejected() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);

        vm.chainId(block.chainid + 1);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_usage_sameReportTwicePaysOnce() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);
        escrow.settle(r);
        uint256 wallet = token.balanceOf(provider);
        uint256 fees = escrow.feesOwed();

        vm.warp(block.timestamp + 100); // even once more time has passed
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NothingDue);
        escrow.settle(r);

        assertEq(token.balanceOf(provider), wallet, "no second payment");
        assertEq(escrow.feesOwed(), fees, "no second fee");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "budget charged once");
        assertEscrowSolvent();
    }

    function test_usage_afterStopPaysOnlyUpToStopTime() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.prank(client);
        escrow.stopJob(jobId);
        vm.warp(block.timestamp + 10 days);
        uint256 wallet = token.balanceOf(provider);

        escrow.settle(report1(PROVIDER_PK, jobId, 1, 2 * 10 days));

        uint256 gross = 200 * PRICE; // 2 GPUs x 100 s, not 10 days
        assertEq(token.balanceOf(provider) - wallet, gross - gross * FEE_BPS / 10_000, "capped at the stop");
        assertEq(escrow.freeBalanceOf(client), BUDGET - gross, "client kept the rest");
        assertEscrowSolvent();
    }

    function test_usage_afterFailureReportPaysOnlyTimeServed() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.warp(block.timestamp + 1 days);
        uint256 wallet = token.balanceOf(provider);

        escrow.settle(report1(PROVIDER_PK, jobId, 1, 2 days));
        uint256 gross = 200 * PRICE; // 2 GPUs x 100 s up to the failure, not a day more
        assertEq(
            token.balanceOf(provider) - wallet, gross - gross * FEE_BPS / 10_000, "capped at the failure"
        );
        assertEq(escrow.getJob(jobId).remaining, BUDGET - gross, "the rest kept for the client");
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 3 days));
        assertEq(token.balanceOf(provider) - wallet, gross - gross * FEE_BPS / 10_000, "nothing more");
        assertEscrowSolvent();
    }

    function test_usage_claimingMoreThanElapsedPaysOnlyTheCap() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 wallet = token.balanceOf(provider);

        escrow.settle(report1(PROVIDER_PK, jobId, 1, type(uint256).max));

        uint256 gross = 200 * PRICE;
        assertEq(token.balanceOf(provider) - wallet, gross - gross * FEE_BPS / 10_000, "2 GPUs x 100 s");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - gross, "budget");
        assertEscrowSolvent();
    }

    function test_usage_providerCannotSettleAnotherProvidersJob() public {
        uint256 victimJob = _runningJob(); // awarded to provider
        fund(mallory, MIN_STAKE);
        stakeAs(mallory, MIN_STAKE);
        vm.warp(block.timestamp + 100);
        uint256 wallet = token.balanceOf(mallory);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(victimJob, mallory, AuctionEscrow.Rejection.NotJobProvider);
        escrow.settle(report1(MALLORY_PK, victimJob, 1, 200));

        assertEq(token.balanceOf(mallory), wallet, "nothing paid to mallory");
        assertEq(escrow.getJob(victimJob).remaining, BUDGET, "victim's budget untouched");
        assertEq(escrow.getJob(victimJob).settledGpuSeconds, 0, "victim's progress untouched");
    }

    function test_usage_forgedInTheProvidersNameIsRejected() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(MALLORY_PK, jobId, 1, 200);
        r.provider = provider; // claims to be the provider, signed with mallory's key
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_usage_malleatedHighSSignatureIsRejected() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(PROVIDER_PK, escrow.usageReportDigest(provider, r.usages));
        r.signature = abi.encodePacked(rr, bytes32(N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    // ------------------------------------------------------------ dodging payment

    function test_client_cannotStopAndCloseBeforeProviderSettles() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.startPrank(client);
        escrow.stopJob(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, block.timestamp + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, BUDGET - 200 * PRICE, BUDGET)
        );
        escrow.withdraw(BUDGET);
        vm.stopPrank();

        vm.warp(block.timestamp + SETTLEMENT_WINDOW - 1);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 200));
        assertEq(escrow.getJob(jobId).remaining, 0, "provider was paid in the window");
        assertEscrowSolvent();
    }

    function test_stranger_cannotStopSomeoneElsesJob() public {
        uint256 jobId = _runningJob();
        vm.prank(mallory);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, mallory));
        escrow.stopJob(jobId);
    }

    function test_stranger_cannotAwardToAnAccomplice() public {
        fund(mallory, MIN_STAKE);
        stakeAs(mallory, MIN_STAKE);
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, mallory, MAX_PRICE, 1);
        bytes memory s = signBid(MALLORY_PK, bid);
        vm.prank(mallory);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, mallory));
        escrow.award(bid, s);
    }

    function test_stranger_cannotSlashThroughReportFailure() public {
        uint256 jobId = _runningJob();
        uint256 slashable = staking.slashableOf(provider);
        bytes32 controllerRole = escrow.CONTROLLER_ROLE();
        bytes32 slasherRole = staking.SLASHER_ROLE();
        vm.prank(mallory);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, mallory, controllerRole
            )
        );
        escrow.reportFailure(jobId, "grief");
        vm.prank(mallory);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, mallory, slasherRole
            )
        );
        staking.slash(provider, 1, mallory, "grief");
        assertEq(staking.slashableOf(provider), slashable, "untouched");
    }

    // ------------------------------------------------------------ trust model (issue 14)

    /// @notice H-2: the admin (a timelock in production) cannot take stake; only FaultDisputes slashes.
    function test_governance_cannotSlashStake() public {
        bytes32 role = staking.SLASHER_ROLE();
        uint256 slashable = staking.slashableOf(provider);
        address[3] memory callers = [governance, address(escrow), controller];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role
                )
            );
            staking.slash(provider, 1 ether, callers[i], "seize");
        }
        assertFalse(staking.hasRole(role, governance), "governance holds no slasher role");
        assertFalse(staking.hasRole(role, address(escrow)), "nor does the escrow");
        assertTrue(staking.hasRole(role, address(disputes)), "only the disputes contract");
        assertEq(staking.slashableOf(provider), slashable, "untouched");
    }

    /// @notice A controller's failover (true or false) takes no stake and no earned pay from the provider.
    function test_controller_failoverTakesNothingFromTheProvider() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 slashable = staking.slashableOf(provider);
        _fail(jobId); // a lying controller
        assertEq(staking.slashableOf(provider), slashable, "stake untouched");
        uint256 wallet = token.balanceOf(provider);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 200));
        assertEq(token.balanceOf(provider) - wallet, 200 * PRICE - 200 * PRICE * FEE_BPS / 10_000, "paid");
    }

    /// @notice H-3: one report with a bad signature cannot sink everyone else's settlement in a batch.
    function test_batch_badReportCannotSinkTheOthers() public {
        uint256 jobId = _runningJob();
        fund(mallory, MIN_STAKE);
        stakeAs(mallory, MIN_STAKE);
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report1(MALLORY_PK, jobId, 1, 200);
        reports[0].signature = new bytes(65); // garbage placed first by a griefer
        reports[1] = report1(PROVIDER_PK, jobId, 1, 200);
        escrow.settleBatch(reports);
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 200, "the honest report settled");
        assertEscrowSolvent();
    }

    /// @notice M-2: a pause cannot turn a provider's earned claim into a refund: settlement keeps working
    /// and the client cannot close before the settlement window is over.
    function test_pause_cannotTurnAClaimIntoARefund() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.prank(client);
        escrow.stopJob(jobId);
        uint256 stoppedAt = block.timestamp;
        vm.prank(guardian);
        escrow.pause();
        vm.warp(stoppedAt + SETTLEMENT_WINDOW - 1);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, stoppedAt + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(jobId);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 200));
        assertEq(escrow.getJob(jobId).remaining, 0, "the provider was paid during the pause");
    }

    /// @notice M-3: governance cannot raise the fee on a job already posted.
    function test_governance_cannotRaiseTheFeeOfAPostedJob() public {
        uint256 jobId = _runningJob();
        (address t,,,,,, uint96 cms) = escrow.params();
        vm.prank(governance);
        escrow.setParams(
            AuctionEscrow.Params({
                treasury: t,
                feeBps: 2000,
                slashMultiple: SLASH_MULTIPLE,
                settlementWindow: SETTLEMENT_WINDOW,
                failoverWindow: FAILOVER_WINDOW,
                challengeWindow: CHALLENGE_WINDOW,
                controllerMinStake: cms
            })
        );
        vm.warp(block.timestamp + 100);
        uint256 wallet = token.balanceOf(provider);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 200));
        assertEq(token.balanceOf(provider) - wallet, 200 * PRICE - 200 * PRICE * FEE_BPS / 10_000, "old fee");
    }

    /// @notice M-4: a provider cannot unstake the collateral of a running award to dodge a fault report.
    function test_provider_cannotUnstakeItsCollateral() public {
        uint256 jobId = _runningJob();
        uint256 collateral = uint256(SLASH_MULTIPLE) * PRICE * GPUS * FAILOVER_WINDOW;
        uint256 stake = staking.stakeOf(provider);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, stake - collateral, stake)
        );
        staking.requestUnstake(stake);
        vm.prank(provider);
        staking.requestUnstake(stake - collateral);
        assertEq(staking.stakeOf(provider), collateral, "the collateral stays slashable and active");

        vm.prank(client);
        escrow.stopJob(jobId); // nothing due: closes at once, but a fault may still be reported
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, 0, collateral));
        staking.requestUnstake(collateral);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider);
        vm.prank(provider);
        staking.requestUnstake(collateral);
        assertEq(staking.stakeOf(provider), 0, "free to leave once the window passed");
    }

    /// @notice L-4: a provider whose key leaked voids every outstanding bid at once.
    function test_bid_massCancelledBelowANonceCannotBeAwarded() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 41);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(provider);
        escrow.cancelBidsBelow(42);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 41));
        escrow.award(bid, s);
    }

    // ------------------------------------------------------------ helpers

    function _digest(address verifyingContract, bytes32 structHash) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                DOMAIN_TYPEHASH,
                keccak256("Gintonic AuctionEscrow"),
                keccak256("2"),
                block.chainid,
                verifyingContract
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @dev A second escrow with the same parameters and its own staking contract (a lock key is the
    /// round key, so two escrows sharing one staking contract would collide on equal job ids), where the
    /// provider is staked too.
    function _deployTwin() internal returns (AuctionEscrow twin) {
        uint64 nonce = vm.getNonce(address(this));
        address twinAt = vm.computeCreateAddress(address(this), nonce + 1);
        ProviderStaking twinStaking = new ProviderStaking(
            IERC20(address(token)), governance, 1 days, MIN_STAKE, UNBONDING, twinAt, address(0xD15)
        );
        address[] memory controllers = new address[](1);
        controllers[0] = controller;
        twin = new AuctionEscrow(
            IERC20(address(token)),
            IProviderStaking(address(twinStaking)),
            governance,
            guardian,
            controllers,
            defaultParams()
        );
        require(address(twin) == twinAt, "twin address");
        vm.startPrank(provider);
        token.approve(address(twinStaking), 20_000 ether);
        twinStaking.stake(20_000 ether);
        vm.stopPrank();
    }

    function _openJob() internal returns (uint256) {
        return postJob(MAX_PRICE, GPUS, BUDGET);
    }

    function _openJobOn(AuctionEscrow e) internal returns (uint256 jobId) {
        vm.startPrank(client);
        token.approve(address(e), BUDGET);
        e.deposit(BUDGET);
        jobId = e.createJob(keccak256("spec"), MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp + 1 hours), 0);
        vm.stopPrank();
    }

    uint256 internal nextNonce = 1000;

    function _runningJob() internal returns (uint256 jobId) {
        jobId = _openJob();
        awardTo(jobId, PROVIDER_PK, PRICE, nextNonce++);
    }

    function _fail(uint256 jobId) internal {
        vm.prank(controller);
        escrow.reportFailure(jobId, "unresponsive");
    }
}
