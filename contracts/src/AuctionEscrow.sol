// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IProviderStaking} from "./interfaces/IProviderStaking.sol";

/// @title AuctionEscrow
/// @notice Holds client budgets for GPU jobs, awards each job to a provider's EIP-712 signed bid, pays
/// providers from their signed cumulative usage attestations and returns every unspent wei to the client.
/// @dev Money invariants (proven in contracts/test/invariant):
///  - token.balanceOf(this) == totalFree + totalLocked + feesOwed;
///  - a job never pays more than its budget, nor, in any round, more than price * gpuCount * seconds
///    between the award and now (or the end of the round);
///  - every budget ends as provider payouts + protocol fees + refunds, exactly.
/// Settlement cost is kept under 10,000 gas per attestation at batch size 100 by design: one provider
/// signature covers many jobs' usage (an EIP-712 UsageReport), the hot part of a job lives in two
/// storage slots of which only one is written, and each provider gets one transfer per report.
contract AuctionEscrow is AccessControlDefaultAdminRules, Pausable, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Controller nodes: award jobs on a client's behalf and report failed jobs.
    bytes32 public constant CONTROLLER_ROLE = keccak256("CONTROLLER_ROLE");
    /// @notice EIP-712 type of a provider's bid.
    bytes32 public constant BID_TYPEHASH =
        keccak256("Bid(uint256 jobId,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)");
    /// @notice EIP-712 type of one job's cumulative usage in one award round.
    bytes32 public constant USAGE_TYPEHASH =
        keccak256("Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)");
    /// @notice EIP-712 type of a provider's signed report over many jobs' usage.
    bytes32 public constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(address provider,Usage[] usages)Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
    );
    /// @notice Highest protocol fee governance may set (20%).
    uint16 public constant MAX_FEE_BPS = 2000;
    uint16 internal constant BPS = 10_000;

    /// @notice Life cycle of a job. Open → Running → Ended → Closed is the normal path; Running →
    /// Failover → Running (backup bid) or Closed on failure; Open → Cancelled when stopped unawarded.
    enum JobState {
        None,
        Open,
        Running,
        Failover,
        Ended,
        Closed,
        Cancelled
    }

    /// @notice Why a usage entry paid nothing (emitted, never reverted, so one stale entry cannot sink a batch).
    enum Rejection {
        NotJobProvider,
        NotSettleable,
        StaleRound,
        NothingDue
    }

    /// @notice A provider's offer for a job, signed with EIP-712.
    struct Bid {
        uint256 jobId;
        address provider;
        uint256 pricePerGpuSecond;
        uint256 expiry;
        uint256 nonce;
    }

    /// @notice Cumulative GPU-seconds a provider served to a job during one award round.
    struct Usage {
        uint256 jobId;
        uint256 round;
        uint256 cumulativeGpuSeconds;
    }

    /// @notice Usage of many jobs, signed once by their provider.
    struct UsageReport {
        address provider;
        Usage[] usages;
        bytes signature;
    }

    /// @notice Governance parameters.
    struct Params {
        address treasury;
        uint16 feeBps;
        uint16 slashBps;
        uint32 settlementWindow;
        uint32 failoverWindow;
        uint96 controllerMinStake;
    }

    /// @notice A job. The first two slots are all that settlement touches.
    struct Job {
        // slot 0 (read by settlement)
        address provider;
        uint96 price; // per GPU-second in the current round
        // slot 1 (read and written by settlement)
        uint96 remaining; // budget still locked for this job
        uint48 settledGpuSeconds; // paid so far in the current round
        uint40 startedAt; // award time of the current round
        uint40 endedAt; // 0 while running; end of the round otherwise
        uint16 gpuCount;
        JobState state;
        uint8 round; // 1 after the first award, +1 per failover
        // slot 2
        address client;
        uint96 minProviderStake;
        // slot 3
        uint96 maxPrice;
        uint96 budget;
        uint40 biddingDeadline;
        // slot 4
        bytes32 specHash;
    }

    /// @notice The payment token (GIN).
    IERC20 public immutable token;
    /// @notice The staking contract that decides eligibility and executes slashes.
    IProviderStaking public immutable staking;

    /// @notice Current governance parameters.
    Params public params;
    /// @notice Id the next job gets (ids start at 1).
    uint256 public nextJobId = 1;
    /// @notice Sum of all clients' free balances.
    uint256 public totalFree;
    /// @notice Sum of all jobs' remaining budgets.
    uint256 public totalLocked;
    /// @notice Protocol fees collected and not yet swept to the treasury.
    uint256 public feesOwed;

    /// @notice Free (unlocked) escrow balance of each client.
    mapping(address client => uint256) public freeBalanceOf;
    /// @notice Bid nonces that were used in an award or cancelled by their provider.
    mapping(address provider => mapping(uint256 nonce => bool)) public bidNonceUsed;
    mapping(uint256 jobId => Job) internal _jobs;

    /// @notice `client` deposited `amount` into its free balance.
    event Deposited(address indexed client, uint256 amount);
    /// @notice `client` withdrew `amount` from its free balance.
    event Withdrawn(address indexed client, uint256 amount);
    /// @notice A job was posted and its budget locked.
    event JobCreated(
        uint256 indexed jobId,
        address indexed client,
        bytes32 specHash,
        uint256 maxPricePerGpuSecond,
        uint16 gpuCount,
        uint256 budget,
        uint40 biddingDeadline,
        uint256 minProviderStake
    );
    /// @notice A job was awarded (round 1) or re-awarded to a backup bid (round > 1).
    event JobAwarded(
        uint256 indexed jobId, address indexed provider, uint8 round, uint256 pricePerGpuSecond, uint256 bidNonce
    );
    /// @notice A job's cumulative usage in its current round now stands at `cumulativeGpuSeconds`; `amount` was paid for the delta.
    event UsageSettled(uint256 indexed jobId, uint256 cumulativeGpuSeconds, uint256 amount);
    /// @notice A usage entry paid nothing, for `reason`.
    event UsageRejected(uint256 indexed jobId, address indexed provider, Rejection reason);
    /// @notice `provider` was paid `gross - fee` for one report; `fee` went to the protocol.
    event ProviderPaid(address indexed provider, uint256 gross, uint256 fee);
    /// @notice A running job ended (stopped by its client or completed by its provider) at `endedAt`.
    event JobEnded(uint256 indexed jobId, address indexed by, uint40 endedAt);
    /// @notice A controller reported the job's provider failed; `slashed` went to the client.
    event JobFailed(uint256 indexed jobId, address indexed provider, uint8 round, uint256 slashed, string reason);
    /// @notice An unawarded job was stopped by its client.
    event JobCancelled(uint256 indexed jobId);
    /// @notice A job was closed; nothing more can be paid from it.
    event JobClosed(uint256 indexed jobId);
    /// @notice `amount` of a job's budget went back to its client's free balance.
    event Refunded(uint256 indexed jobId, address indexed client, uint256 amount);
    /// @notice A provider cancelled one of its bid nonces.
    event BidNonceCancelled(address indexed provider, uint256 nonce);
    /// @notice Fees were sent to the treasury.
    event FeesSwept(address indexed treasury, uint256 amount);
    /// @notice Governance set new parameters.
    event ParamsSet(Params params);

    error ZeroAmount();
    error ZeroAddress();
    /// @notice The client's free balance is smaller than the amount.
    error InsufficientBalance(uint256 available, uint256 requested);
    /// @notice The permit could not be used and the allowance does not cover the amount.
    error PermitFailed();
    /// @notice A job parameter is out of range; `what` names it.
    error InvalidJob(string what);
    error UnknownJob(uint256 jobId);
    /// @notice The job is not in a state that allows this call.
    error WrongState(uint256 jobId, JobState state);
    /// @notice The caller may not do this for this job.
    error Unauthorized(uint256 jobId, address caller);
    /// @notice The bidding deadline of the job has passed.
    error BiddingClosed(uint256 jobId, uint40 deadline);
    error BidExpired(uint256 expiry);
    /// @notice The bid's price is zero or above the job's maximum.
    error BidPriceOutOfRange(uint256 price, uint256 maxPrice);
    error BidNonceAlreadyUsed(address provider, uint256 nonce);
    /// @notice A signature does not come from the address it claims.
    error InvalidSignature();
    /// @notice The provider's active stake is below what the job requires.
    error ProviderNotEligible(address provider);
    /// @notice The backup bid comes from the provider that just failed.
    error SameProvider(address provider);
    error TooManyRounds(uint256 jobId);
    error EmptyReport();
    /// @notice The caller must wait until `until` (settlement or failover window).
    error WindowOpen(uint256 until);
    error InvalidParams(string what);

    /// @param token_ The GIN token.
    /// @param staking_ The ProviderStaking contract.
    /// @param admin The governance key.
    /// @param adminTransferDelay Seconds a new admin waits before accepting the role.
    /// @param params_ Initial governance parameters.
    constructor(
        IERC20 token_,
        IProviderStaking staking_,
        address admin,
        uint48 adminTransferDelay,
        Params memory params_
    ) AccessControlDefaultAdminRules(adminTransferDelay, admin) EIP712("Gintonic AuctionEscrow", "1") {
        if (address(token_) == address(0) || address(staking_) == address(0)) revert ZeroAddress();
        token = token_;
        staking = staking_;
        _setParams(params_);
    }

    // ------------------------------------------------------------------ client funds

    /// @notice Deposits `amount` GIN into the caller's free balance (needs an allowance).
    function deposit(uint256 amount) external whenNotPaused nonReentrant {
        _deposit(amount);
    }

    /// @notice Deposits with an EIP-2612 permit: one wallet signature and one transaction.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        whenNotPaused
        nonReentrant
    {
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            if (token.allowance(msg.sender, address(this)) < amount) revert PermitFailed();
        }
        _deposit(amount);
    }

    /// @notice Withdraws `amount` from the caller's free balance. Works while paused.
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 free = freeBalanceOf[msg.sender];
        if (free < amount) revert InsufficientBalance(free, amount);
        freeBalanceOf[msg.sender] = free - amount;
        totalFree -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ------------------------------------------------------------------ jobs

    /// @notice Posts a job and locks `budget` from the caller's free balance.
    /// @param specHash Hash of the job spec (image, model, requirements) held off chain.
    /// @param maxPricePerGpuSecond Highest acceptable price in GIN wei per GPU-second.
    /// @param gpuCount GPUs the job needs.
    /// @param budget Most the client will spend on this job.
    /// @param biddingDeadline Last moment the job can be awarded.
    /// @param minProviderStake Active stake a winning provider must hold (on top of the global minimum).
    /// @return jobId The new job's id.
    function createJob(
        bytes32 specHash,
        uint256 maxPricePerGpuSecond,
        uint16 gpuCount,
        uint256 budget,
        uint40 biddingDeadline,
        uint256 minProviderStake
    ) external whenNotPaused nonReentrant returns (uint256 jobId) {
        if (gpuCount == 0) revert InvalidJob("gpuCount");
        if (maxPricePerGpuSecond == 0 || maxPricePerGpuSecond > type(uint96).max) revert InvalidJob("maxPrice");
        if (budget == 0) revert InvalidJob("budget");
        if (biddingDeadline <= block.timestamp) revert InvalidJob("biddingDeadline");
        if (minProviderStake > type(uint96).max) revert InvalidJob("minProviderStake");
        uint256 free = freeBalanceOf[msg.sender];
        if (free < budget) revert InsufficientBalance(free, budget);

        freeBalanceOf[msg.sender] = free - budget;
        totalFree -= budget;
        totalLocked += budget;

        jobId = nextJobId++;
        Job storage j = _jobs[jobId];
        j.remaining = uint96(budget); // budget <= free balance <= token supply < 2**96
        j.gpuCount = gpuCount;
        j.state = JobState.Open;
        j.client = msg.sender;
        j.minProviderStake = uint96(minProviderStake);
        j.maxPrice = uint96(maxPricePerGpuSecond);
        j.budget = uint96(budget);
        j.biddingDeadline = biddingDeadline;
        j.specHash = specHash;
        emit JobCreated(
            jobId, msg.sender, specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake
        );
    }

    /// @notice Awards an open job to a provider's signed bid. Callable by the client or a staked controller.
    /// @dev Checks the signature, expiry, price <= max, the provider's eligible stake and the nonce.
    function award(Bid calldata bid, bytes calldata signature) external whenNotPaused nonReentrant {
        Job storage j = _jobs[bid.jobId];
        if (j.state != JobState.Open) revert WrongState(bid.jobId, j.state);
        if (block.timestamp > j.biddingDeadline) revert BiddingClosed(bid.jobId, j.biddingDeadline);
        _checkClientOrController(bid.jobId, j);
        _acceptBid(j, bid, signature, 1);
    }

    /// @notice Re-awards a failed job to a backup bid from the original auction, without a new auction.
    /// @dev The bidding deadline does not apply (the bid was made in time); its expiry does.
    function awardBackup(Bid calldata bid, bytes calldata signature) external whenNotPaused nonReentrant {
        Job storage j = _jobs[bid.jobId];
        if (j.state != JobState.Failover) revert WrongState(bid.jobId, j.state);
        if (bid.provider == j.provider) revert SameProvider(bid.provider);
        if (j.round == type(uint8).max) revert TooManyRounds(bid.jobId);
        _checkClientOrController(bid.jobId, j);
        _acceptBid(j, bid, signature, j.round + 1);
    }

    /// @notice Marks one of the caller's bid nonces as used, withdrawing every bid signed with it.
    function cancelBidNonce(uint256 nonce) external {
        if (bidNonceUsed[msg.sender][nonce]) revert BidNonceAlreadyUsed(msg.sender, nonce);
        bidNonceUsed[msg.sender][nonce] = true;
        emit BidNonceCancelled(msg.sender, nonce);
    }

    /// @notice Stops a job at any time. An unawarded job is cancelled and fully refunded; a running one
    /// ends now and gets back at once everything its provider cannot still claim; after a failure the
    /// remaining budget comes back in full.
    function stopJob(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        if (msg.sender != j.client) revert Unauthorized(jobId, msg.sender);
        JobState state = j.state;
        if (state == JobState.Open) {
            j.state = JobState.Cancelled;
            emit JobCancelled(jobId);
            _refund(jobId, j, j.remaining);
        } else if (state == JobState.Running) {
            _end(jobId, j);
        } else if (state == JobState.Failover) {
            _close(jobId, j);
        } else {
            revert WrongState(jobId, state);
        }
    }

    /// @notice The provider declares a running job complete (e.g. a fine-tuning run finished).
    function completeJob(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        if (msg.sender != j.provider) revert Unauthorized(jobId, msg.sender);
        if (j.state != JobState.Running) revert WrongState(jobId, j.state);
        _end(jobId, j);
    }

    /// @notice Closes a job and refunds what is left of its budget.
    /// @dev Ended jobs: the provider may close at once (waiving further claims), anyone else after the
    /// settlement window. Failed jobs: the client at once, anyone after the failover window. Running
    /// jobs whose budget is spent: anyone.
    function finalizeJob(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        JobState state = j.state;
        if (state == JobState.Ended) {
            uint256 until = uint256(j.endedAt) + params.settlementWindow;
            if (msg.sender != j.provider && block.timestamp < until) revert WindowOpen(until);
        } else if (state == JobState.Failover) {
            uint256 until = uint256(j.endedAt) + params.failoverWindow;
            if (msg.sender != j.client && block.timestamp < until) revert WindowOpen(until);
        } else if (state == JobState.Running) {
            if (j.remaining != 0) revert WrongState(jobId, state);
            j.endedAt = uint40(block.timestamp);
            emit JobEnded(jobId, msg.sender, j.endedAt);
        } else {
            revert WrongState(jobId, state);
        }
        _close(jobId, j);
    }

    /// @notice A controller reports that the job's provider failed to serve it. The provider is slashed
    /// by `slashBps` of its slashable stake (rounded up) for the client's benefit; the job waits for a
    /// backup award (awardBackup) or is closed with a full refund of what remains.
    function reportFailure(uint256 jobId, string calldata reason) external nonReentrant {
        _checkController();
        Job storage j = _jobs[jobId];
        if (j.state != JobState.Running) revert WrongState(jobId, j.state);
        j.state = JobState.Failover;
        j.endedAt = uint40(block.timestamp);
        address provider = j.provider;
        uint256 slashed;
        uint256 slashable = staking.slashableOf(provider);
        uint256 amount = (slashable * params.slashBps + BPS - 1) / BPS;
        if (amount > 0) slashed = staking.slash(provider, amount, j.client, reason);
        emit JobFailed(jobId, provider, j.round, slashed, reason);
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Settles one provider-signed usage report.
    function settle(UsageReport calldata report) external whenNotPaused nonReentrant {
        (uint256 gross, uint256 fee) = _settleReport(report);
        _book(gross, fee);
    }

    /// @notice Settles many usage reports (many providers, many jobs) in one transaction.
    function settleBatch(UsageReport[] calldata reports) external whenNotPaused nonReentrant {
        uint256 gross;
        uint256 fees;
        for (uint256 i; i < reports.length; ++i) {
            (uint256 g, uint256 f) = _settleReport(reports[i]);
            gross += g;
            fees += f;
        }
        _book(gross, fees);
    }

    /// @notice Sends collected protocol fees to the treasury. Anyone may call.
    function sweepFees() external nonReentrant {
        uint256 amount = feesOwed;
        if (amount == 0) revert ZeroAmount();
        feesOwed = 0;
        address treasury = params.treasury;
        token.safeTransfer(treasury, amount);
        emit FeesSwept(treasury, amount);
    }

    // ------------------------------------------------------------------ views

    /// @notice The full record of a job.
    function getJob(uint256 jobId) external view returns (Job memory) {
        return _jobs[jobId];
    }

    /// @notice EIP-712 digest a provider signs for `bid`.
    function bidDigest(Bid calldata bid) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(BID_TYPEHASH, bid.jobId, bid.provider, bid.pricePerGpuSecond, bid.expiry, bid.nonce))
        );
    }

    /// @notice EIP-712 digest a provider signs for a usage report.
    function usageReportDigest(address provider, Usage[] calldata usages) public view returns (bytes32) {
        uint256 n = usages.length;
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            Usage calldata u = usages[i];
            hashes[i] = keccak256(abi.encode(USAGE_TYPEHASH, u.jobId, u.round, u.cumulativeGpuSeconds));
        }
        return _hashTypedDataV4(
            keccak256(abi.encode(USAGE_REPORT_TYPEHASH, provider, keccak256(abi.encodePacked(hashes))))
        );
    }

    /// @notice Most the provider of `jobId` could still be paid in the current round if it settled now.
    function claimableOf(uint256 jobId) external view returns (uint256) {
        Job storage j = _jobs[jobId];
        JobState state = j.state;
        if (state != JobState.Running && state != JobState.Ended && state != JobState.Failover) return 0;
        return _maxDue(j);
    }

    // ------------------------------------------------------------------ governance

    /// @notice Replaces the governance parameters.
    function setParams(Params calldata params_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(params_);
    }

    /// @notice Pauses deposits, job creation, awards and settlement. Withdrawals, stops and refunds keep working.
    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts a pause.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ internals

    function _deposit(uint256 amount) internal {
        if (amount == 0) revert ZeroAmount();
        freeBalanceOf[msg.sender] += amount;
        totalFree += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, amount);
    }

    function _checkController() internal view {
        if (!hasRole(CONTROLLER_ROLE, msg.sender) || staking.stakeOf(msg.sender) < params.controllerMinStake) {
            revert AccessControlUnauthorizedAccount(msg.sender, CONTROLLER_ROLE);
        }
    }

    function _checkClientOrController(uint256 jobId, Job storage j) internal view {
        if (msg.sender == j.client) return;
        if (!hasRole(CONTROLLER_ROLE, msg.sender)) revert Unauthorized(jobId, msg.sender);
        _checkController();
    }

    function _acceptBid(Job storage j, Bid calldata bid, bytes calldata signature, uint256 round) internal {
        if (block.timestamp > bid.expiry) revert BidExpired(bid.expiry);
        if (bid.pricePerGpuSecond == 0 || bid.pricePerGpuSecond > j.maxPrice) {
            revert BidPriceOutOfRange(bid.pricePerGpuSecond, j.maxPrice);
        }
        if (bidNonceUsed[bid.provider][bid.nonce]) revert BidNonceAlreadyUsed(bid.provider, bid.nonce);
        _checkSigner(bidDigest(bid), signature, bid.provider);
        if (!staking.isEligible(bid.provider, j.minProviderStake)) revert ProviderNotEligible(bid.provider);

        bidNonceUsed[bid.provider][bid.nonce] = true;
        j.provider = bid.provider;
        j.price = uint96(bid.pricePerGpuSecond); // <= maxPrice, a uint96
        j.settledGpuSeconds = 0;
        j.startedAt = uint40(block.timestamp);
        j.endedAt = 0;
        j.state = JobState.Running;
        j.round = uint8(round);
        emit JobAwarded(bid.jobId, bid.provider, uint8(round), bid.pricePerGpuSecond, bid.nonce);
    }

    function _checkSigner(bytes32 digest, bytes calldata signature, address expected) internal pure {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != expected || signer == address(0)) {
            revert InvalidSignature();
        }
    }

    function _settleReport(UsageReport calldata report) internal returns (uint256 gross, uint256 fee) {
        Usage[] calldata usages = report.usages;
        uint256 n = usages.length;
        if (n == 0) revert EmptyReport();
        address provider = report.provider;
        _checkSigner(usageReportDigest(provider, usages), report.signature, provider);
        for (uint256 i; i < n; ++i) {
            gross += _settleUsage(provider, usages[i]);
        }
        if (gross == 0) return (0, 0);
        fee = gross * params.feeBps / BPS;
        token.safeTransfer(provider, gross - fee);
        emit ProviderPaid(provider, gross, fee);
    }

    /// @dev Pays the delta between the attested cumulative GPU-seconds and what was already paid in this
    /// round, capped by gpuCount * elapsed seconds of the round and by the remaining budget.
    function _settleUsage(address provider, Usage calldata u) internal returns (uint256 amount) {
        Job storage j = _jobs[u.jobId];
        if (j.provider != provider) return _reject(u.jobId, provider, Rejection.NotJobProvider);
        JobState state = j.state;
        if (state != JobState.Running && state != JobState.Ended && state != JobState.Failover) {
            return _reject(u.jobId, provider, Rejection.NotSettleable);
        }
        if (u.round != j.round) return _reject(u.jobId, provider, Rejection.StaleRound);

        uint256 end = j.endedAt == 0 ? block.timestamp : j.endedAt;
        uint256 cap = uint256(j.gpuCount) * (end - j.startedAt);
        uint256 cumulative = u.cumulativeGpuSeconds;
        if (cumulative > cap) cumulative = cap;
        if (cumulative > type(uint48).max) cumulative = type(uint48).max;
        uint256 settled = j.settledGpuSeconds;
        if (cumulative <= settled) return _reject(u.jobId, provider, Rejection.NothingDue);

        amount = (cumulative - settled) * j.price;
        uint256 remaining = j.remaining;
        if (amount > remaining) amount = remaining;
        j.remaining = uint96(remaining - amount);
        j.settledGpuSeconds = uint48(cumulative);
        emit UsageSettled(u.jobId, cumulative, amount);
    }

    function _reject(uint256 jobId, address provider, Rejection reason) internal returns (uint256) {
        emit UsageRejected(jobId, provider, reason);
        return 0;
    }

    function _book(uint256 gross, uint256 fee) internal {
        if (gross == 0) return;
        totalLocked -= gross;
        feesOwed += fee;
    }

    function _maxDue(Job storage j) internal view returns (uint256) {
        uint256 end = j.endedAt == 0 ? block.timestamp : j.endedAt;
        uint256 cap = uint256(j.gpuCount) * (end - j.startedAt);
        uint256 settled = j.settledGpuSeconds;
        if (cap <= settled) return 0;
        uint256 due = (cap - settled) * j.price;
        return due < j.remaining ? due : j.remaining;
    }

    /// @dev Ends the current round now and refunds at once what the provider can no longer claim.
    function _end(uint256 jobId, Job storage j) internal {
        j.endedAt = uint40(block.timestamp);
        j.state = JobState.Ended;
        emit JobEnded(jobId, msg.sender, j.endedAt);
        uint256 due = _maxDue(j);
        _refund(jobId, j, j.remaining - due);
        if (due == 0) _close(jobId, j);
    }

    function _close(uint256 jobId, Job storage j) internal {
        j.state = JobState.Closed;
        emit JobClosed(jobId);
        _refund(jobId, j, j.remaining);
    }

    function _refund(uint256 jobId, Job storage j, uint256 amount) internal {
        if (amount == 0) return;
        address client = j.client;
        j.remaining -= SafeCast.toUint96(amount);
        freeBalanceOf[client] += amount;
        totalLocked -= amount;
        totalFree += amount;
        emit Refunded(jobId, client, amount);
    }

    function _setParams(Params memory p) internal {
        if (p.treasury == address(0)) revert InvalidParams("treasury");
        if (p.feeBps > MAX_FEE_BPS) revert InvalidParams("feeBps");
        if (p.slashBps > BPS) revert InvalidParams("slashBps");
        params = p;
        emit ParamsSet(p);
    }
}
