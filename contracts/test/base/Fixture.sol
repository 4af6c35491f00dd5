// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "./Test.sol";
import {GinToken} from "../../src/GinToken.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";
import {FaultDisputes} from "../../src/FaultDisputes.sol";
import {IProviderStaking} from "../../src/interfaces/IProviderStaking.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Deploys the contracts wired as in production (staking grants the escrow and the disputes
/// their roles at construction, from predicted addresses) and offers signing helpers. `governance` is a
/// plain key here so unit tests can call admin functions; Governance.t.sol deploys the GinTimelock.
abstract contract Fixture is Test {
    uint256 internal constant SUPPLY = 1_000_000_000 ether;
    uint256 internal constant MIN_STAKE = 10_000 ether;
    uint64 internal constant UNBONDING = 7 days;
    uint16 internal constant FEE_BPS = 250; // 2.5%
    uint16 internal constant SLASH_MULTIPLE = 3;
    uint32 internal constant SETTLEMENT_WINDOW = 1 hours;
    uint32 internal constant FAILOVER_WINDOW = 30 minutes;
    uint32 internal constant CHALLENGE_WINDOW = 2 hours;
    uint96 internal constant CONTROLLER_MIN_STAKE = 50_000 ether;
    uint8 internal constant QUORUM = 2;
    uint96 internal constant REPORTER_BOND = 1000 ether;

    GinToken internal token;
    ProviderStaking internal staking;
    AuctionEscrow internal escrow;
    FaultDisputes internal disputes;

    address internal governance = address(0x60F);
    address internal treasury = address(0x7EA5);
    address internal holder = address(0x401D);

    uint256 internal constant CLIENT_PK = 0xC11E;
    uint256 internal constant PROVIDER_PK = 0xB0B;
    uint256 internal constant BACKUP_PK = 0xBAC;
    uint256 internal constant CONTROLLER_PK = 0xC0C;
    uint256 internal constant CONTROLLER2_PK = 0xC0D;
    uint256 internal constant CONTROLLER3_PK = 0xC0E;
    address internal guardian = address(0x6A4D);
    address internal client;
    address internal provider;
    address internal backup;
    address internal controller;
    address internal controller2;
    address internal controller3;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        client = vm.addr(CLIENT_PK);
        provider = vm.addr(PROVIDER_PK);
        backup = vm.addr(BACKUP_PK);
        controller = vm.addr(CONTROLLER_PK);
        controller2 = vm.addr(CONTROLLER2_PK);
        controller3 = vm.addr(CONTROLLER3_PK);
        deployMarket(governance);

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

    /// @notice The production wiring with `admin` as the admin of every contract.
    function deployMarket(address admin) internal {
        token = new GinToken(holder, SUPPLY);
        uint64 nonce = vm.getNonce(address(this));
        address escrowAt = vm.computeCreateAddress(address(this), nonce + 1);
        address disputesAt = vm.computeCreateAddress(address(this), nonce + 2);
        staking = new ProviderStaking(
            IERC20(address(token)), admin, 1 days, MIN_STAKE, UNBONDING, escrowAt, disputesAt
        );
        address[] memory controllers = new address[](3);
        (controllers[0], controllers[1], controllers[2]) = (controller, controller2, controller3);
        escrow = new AuctionEscrow(
            IERC20(address(token)),
            IProviderStaking(address(staking)),
            admin,
            guardian,
            controllers,
            defaultParams()
        );
        disputes = new FaultDisputes(
            escrow,
            IProviderStaking(address(staking)),
            admin,
            1 days,
            FaultDisputes.Params({quorum: QUORUM, reporterBond: REPORTER_BOND})
        );
        require(
            address(escrow) == escrowAt && address(disputes) == disputesAt, "fixture: predicted addresses"
        );
    }

    function defaultParams() internal view returns (AuctionEscrow.Params memory) {
        return AuctionEscrow.Params({
            treasury: treasury,
            feeBps: FEE_BPS,
            slashMultiple: SLASH_MULTIPLE,
            settlementWindow: SETTLEMENT_WINDOW,
            failoverWindow: FAILOVER_WINDOW,
            challengeWindow: CHALLENGE_WINDOW,
            controllerMinStake: CONTROLLER_MIN_STAKE
        });
    }

    // ------------------------------------------------------------ actions

    function fund(address to, uint256 amount) internal {
        vm.prank(holder);
        token.transfer(to, amount);
    }

    function stakeAs(address who, uint256 amount) internal {
        vm.startPrank(who);
        token.approve(address(staking), amount);
        staking.stake(amount);
        vm.stopPrank();
    }

    function depositAs(address who, uint256 amount) internal {
        vm.startPrank(who);
        token.approve(address(escrow), amount);
        escrow.deposit(amount);
        vm.stopPrank();
    }

    /// @notice Deposits `budget` for the client and posts a job with a one-hour bidding window.
    function postJob(uint256 maxPrice, uint16 gpus, uint256 budget) internal returns (uint256 jobId) {
        depositAs(client, budget);
        vm.prank(client);
        jobId =
            escrow.createJob(keccak256("spec"), maxPrice, gpus, budget, uint40(block.timestamp + 1 hours), 0);
    }

    function bidFor(uint256 jobId, address who, uint256 price, uint256 nonce)
        internal
        view
        returns (AuctionEscrow.Bid memory)
    {
        return AuctionEscrow.Bid({
            jobId: jobId,
            terms: escrow.jobTermsHash(jobId),
            provider: who,
            pricePerGpuSecond: price,
            expiry: block.timestamp + 1 days,
            nonce: nonce
        });
    }

    function signBid(uint256 pk, AuctionEscrow.Bid memory bid) internal view returns (bytes memory) {
        return sig(pk, escrow.bidDigest(bid));
    }

    /// @notice Awards `jobId` to `pk`'s bid at `price` (called by the client).
    function awardTo(uint256 jobId, uint256 pk, uint256 price, uint256 nonce) internal {
        AuctionEscrow.Bid memory bid = bidFor(jobId, vm.addr(pk), price, nonce);
        bytes memory s = signBid(pk, bid);
        vm.prank(escrow.getJob(jobId).client);
        escrow.award(bid, s);
    }

    function usage(uint256 jobId, uint256 round, uint256 gpuSeconds)
        internal
        pure
        returns (AuctionEscrow.Usage memory)
    {
        return AuctionEscrow.Usage({jobId: jobId, round: round, cumulativeGpuSeconds: gpuSeconds});
    }

    function report(uint256 pk, AuctionEscrow.Usage[] memory usages)
        internal
        view
        returns (AuctionEscrow.UsageReport memory r)
    {
        r.provider = vm.addr(pk);
        r.usages = usages;
        r.signature = sig(pk, escrow.usageReportDigest(r.provider, usages));
    }

    function report1(uint256 pk, uint256 jobId, uint256 round, uint256 gpuSeconds)
        internal
        view
        returns (AuctionEscrow.UsageReport memory)
    {
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](1);
        u[0] = usage(jobId, round, gpuSeconds);
        return report(pk, u);
    }

    function sig(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @notice Fails job `jobId` over (by `controller`).
    function failOver(uint256 jobId) internal {
        vm.prank(controller);
        escrow.reportFailure(jobId, "missed heartbeats");
    }

    /// @notice A fault report on (jobId, round, who) signed by the given controllers, in ascending signer order.
    function faultReport(uint256 jobId, uint256 round, address who, uint256 silentSince, uint256 observedAt)
        internal
        pure
        returns (FaultDisputes.FaultReport memory)
    {
        return FaultDisputes.FaultReport({
            jobId: jobId, round: round, provider: who, silentSince: silentSince, observedAt: observedAt
        });
    }

    function signFault(FaultDisputes.FaultReport memory r, uint256[] memory pks)
        internal
        view
        returns (bytes[] memory sigs)
    {
        // ascending signer order
        for (uint256 i; i < pks.length; ++i) {
            for (uint256 k = i + 1; k < pks.length; ++k) {
                if (vm.addr(pks[k]) < vm.addr(pks[i])) (pks[i], pks[k]) = (pks[k], pks[i]);
            }
        }
        sigs = new bytes[](pks.length);
        for (uint256 i; i < pks.length; ++i) {
            sigs[i] = sig(pks[i], disputes.reportDigest(r));
        }
    }

    function controllerPks(uint256 n) internal pure returns (uint256[] memory pks) {
        pks = new uint256[](n);
        uint256[3] memory all = [CONTROLLER_PK, CONTROLLER2_PK, CONTROLLER3_PK];
        for (uint256 i; i < n; ++i) {
            pks[i] = all[i];
        }
    }

    function signAck(uint256 pk, address who, uint256 time) internal view returns (bytes memory) {
        return sig(pk, disputes.ackDigest(FaultDisputes.HeartbeatAck({provider: who, timestamp: time})));
    }

    /// @notice The escrow's solvency equation.
    function assertEscrowSolvent() internal view {
        assertEq(
            token.balanceOf(address(escrow)),
            escrow.totalFree() + escrow.totalLocked() + escrow.feesOwed(),
            "escrow balance != free + locked + fees"
        );
    }
}
