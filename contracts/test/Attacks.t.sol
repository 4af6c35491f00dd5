// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {Vm} from "./base/Vm.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {IProviderStaking} from "../src/interfaces/IProviderStaking.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Adversarial scenarios against the escrow's signatures and payment caps: bids and usage
/// reports replayed on another job, another escrow or another chain; bids from unstaked keys or
/// reused nonces; double settlement, over-claiming and settling after a stop; forged and malleated
/// signatures. The EIP-712 digests are recomputed here from the type strings so that a change to
/// the signed encoding (which off-chain signers must match) is caught too.
contract AttacksTest is Fixture {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant BID_TYPEHASH = keccak256(
        "Bid(uint256 jobId,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
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
        bytes32 structHash = keccak256(
            abi.encode(BID_TYPEHASH, bid.jobId, bid.provider, bid.pricePerGpuSecond, bid.expiry, bid.nonce)
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

        bid.jobId = other;
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

    function test_usage_afterFailureReportPaysNothing() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.warp(block.timestamp + 1 days);
        uint256 wallet = token.balanceOf(provider);

        escrow.settle(report1(PROVIDER_PK, jobId, 1, 2 days));
        assertEq(token.balanceOf(provider), wallet, "a failed round pays nothing more");
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget kept for the client");
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

    // ------------------------------------------------------------ helpers

    function _digest(address verifyingContract, bytes32 structHash) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                DOMAIN_TYPEHASH,
                keccak256("Gintonic AuctionEscrow"),
                keccak256("1"),
                block.chainid,
                verifyingContract
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _deployTwin() internal returns (AuctionEscrow twin) {
        (address t, uint16 fee, uint16 slashBps, uint32 sw, uint32 fw, uint96 cms) = escrow.params();
        twin = new AuctionEscrow(
            IERC20(address(token)),
            IProviderStaking(address(staking)),
            governance,
            1 days,
            AuctionEscrow.Params({
                treasury: t,
                feeBps: fee,
                slashBps: slashBps,
                settlementWindow: sw,
                failoverWindow: fw,
                controllerMinStake: cms
            })
        );
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
