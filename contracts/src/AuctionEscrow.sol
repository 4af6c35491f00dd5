// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IProviderStaking} from "./interfaces/IProviderStaking.sol";
import {RoundSlot, RoundState} from "./libraries/RoundSlot.sol";

/// @title AuctionEscrow
/// @notice Holds client budgets for GPU jobs, awards each job to a provider's EIP-712 signed bid, pays
/// providers from their signed cumulative usage attestations and returns every unspent wei to the client.
/// Trust model (README "Trust model"): a failover moves the job to a backup and moves no stake; the
/// provider keeps its claim to the time it served. Each award locks collateral from the provider's stake,
/// bounded by the job's own terms (slashMultiple x price x GPUs x failoverWindow); only FaultDisputes can
/// slash it, after a quorum of staked controllers reported a fault and a challenge window passed. A job
/// keeps the fee, windows and slash terms it was created with; parameters have on-chain bounds and are
/// changed by the admin, a TimelockController. Settlement never pauses.
/// @dev Money invariants (proven in contracts/test/invariant):
///  - token.balanceOf(this) == totalFree + totalLocked + feesOwed;
///  - a job never pays more than its budget, nor, in any round, more than price * gpuCount * seconds
///    between the award and the settlement (or the end of the round);
///  - every budget ends as provider payouts + protocol fees + refunds, exactly.
/// Settlement stays under 10,000 gas per attestation at batch size 100 by design: one provider
/// signature covers many jobs (an EIP-712 UsageReport), everything settlement reads and writes about a
/// job lives in one storage word keyed by (job, round, provider) — so a foreign or stale attestation
/// finds no word to pay from — and each provider gets one token transfer per report.
contract AuctionEscrow is AccessControl, Pausable, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;
    using RoundSlot for uint256;

    /// @notice Controller nodes: award jobs on a client's behalf, fail them over, sign fault reports.
    bytes32 public constant CONTROLLER_ROLE = keccak256("CONTROLLER_ROLE");
    /// @notice Guardian: may pause and unpause (which stops deposits, new jobs and awards, nothing else).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice EIP-712 type of a provider's bid. `terms` is jobTermsHash(jobId): a bid cannot move to
    /// another job, even if a reorg gives the id to a different createJob.
    bytes32 public constant BID_TYPEHASH = keccak256(
        "Bid(uint256 jobId,bytes32 terms,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
    );
    /// @notice EIP-712 type of one job's cumulative usage in one award round.
    bytes32 public constant USAGE_TYPEHASH =
        keccak256("Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)");
    /// @notice EIP-712 type of a provider's signed report over many jobs' usage.
    bytes32 public constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(address provider,Usage[] usages)Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
    );
    /// @notice Highest protocol fee governance may set (20%); fees are multiples of 10 bps.
    uint16 public constant MAX_FEE_BPS = 2000;
    /// @notice Highest slash multiple: a round's collateral is at most this many failover windows of its price.
    uint16 public constant MAX_SLASH_MULTIPLE = 10;
    /// @notice Most GPUs one job may ask for.
    uint16 public constant MAX_GPUS = 255;
    /// @notice Most providers one job may run on at once (its replicas, the current round's included).
    uint8 public constant MAX_REPLICAS = 8;
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
        bytes32 terms;
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

    /// @notice Governance parameters, each within on-chain bounds (see _setParams).
    struct Params {
        address treasury; // receives protocol fees and the part of a slash that is not compensation
        uint16 feeBps; // protocol fee, a multiple of 10 bps, at most MAX_FEE_BPS
        uint16 slashMultiple; // collateral per award = slashMultiple x price x GPUs x failoverWindow
        uint32 settlementWindow; // time a provider has to settle (and a fault be reported) after a round ends
        uint32 failoverWindow; // time a failed job waits for a backup; also the unit of compensation
        uint32 challengeWindow; // time a provider has to void a fault report before the slash executes
        uint96 controllerMinStake; // stake a controller needs to award, fail over and report
    }

    /// @notice What a job was created with and keeps for its whole life, whatever governance does later.
    struct Terms {
        uint16 feeBps;
        uint16 slashMultiple;
        uint32 settlementWindow;
        uint32 failoverWindow;
        uint32 challengeWindow;
        uint8 replicas; // most providers serving the job at once: its current round's and its replicas'
    }

    /// @notice A job as getJob reports it: the job record merged with its current round.
    struct Job {
        address client;
        address provider;
        JobState state;
        uint8 round;
        uint16 gpuCount;
        uint40 biddingDeadline;
        uint40 startedAt;
        uint40 endedAt;
        uint256 maxPrice;
        uint256 budget;
        uint256 minProviderStake;
        uint256 price;
        uint256 settledGpuSeconds;
        uint256 remaining;
        bytes32 specHash;
    }

    /// @dev What does not change during settlement. The current round's money lives in _rounds.
    struct JobRecord {
        // slot 0
        address client;
        JobState state;
        uint8 round;
        uint16 gpuCount;
        uint32 biddingDeadline;
        uint32 endedAt; // end of the current round (stop, completion or failure)
        // slot 1
        address provider; // of the current round
        uint96 reserve; // budget not handed to any round (Open, Failover)
        // slot 2
        uint64 maxPrice;
        uint96 budget;
        uint96 minProviderStake;
        // slot 3
        bytes32 specHash;
        // slot 4
        Terms terms;
    }

    /// @notice The payment token (GIN).
    IERC20 public immutable token;
    /// @notice The staking contract that decides eligibility and holds award collateral.
    IProviderStaking public immutable staking;

    /// @notice Current governance parameters.
    Params public params;
    /// @notice Id the next job gets (ids start at 1).
    uint256 public nextJobId = 1;
    /// @notice Sum of all clients' free balances.
    uint256 public totalFree;
    /// @notice Sum of all jobs' remaining budgets (reserves plus live rounds).
    uint256 public totalLocked;
    /// @notice Protocol fees collected and not yet swept to the treasury.
    uint256 public feesOwed;

    /// @notice Free (unlocked) escrow balance of each client.
    mapping(address client => uint256) public freeBalanceOf;
    /// @notice Bid nonces that were used in an award or cancelled by their provider.
    mapping(address provider => mapping(uint256 nonce => bool)) public bidNonceUsed;
    /// @notice Bids with a nonce below this are void (a provider cancels all its outstanding bids at once).
    mapping(address provider => uint256) public minBidNonce;
    /// @notice End time of each finished round, keyed like _rounds (0 while running).
    mapping(bytes32 key => uint256) public roundEndedAt;
    mapping(uint256 jobId => JobRecord) internal _jobs;
    /// @dev keccak256(jobId, round, provider) => RoundSlot word.
    mapping(bytes32 key => uint256) internal _rounds;
    /// @dev A job's live replica rounds besides the current one, each `round << 160 | provider`.
    mapping(uint256 jobId => uint256[]) internal _replicas;

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
        uint256 indexed jobId,
        address indexed provider,
        uint8 round,
        uint256 pricePerGpuSecond,
        uint256 bidNonce
    );
    /// @notice A job's cumulative usage in its current round now stands at `cumulativeGpuSeconds`; `amount` was paid for the delta.
    event UsageSettled(uint256 indexed jobId, uint256 cumulativeGpuSeconds, uint256 amount);
    /// @notice A usage entry paid nothing, for `reason`.
    event UsageRejected(uint256 indexed jobId, address indexed provider, Rejection reason);
    /// @notice `provider` was paid `gross - fee` for one report; `fee` went to the protocol.
    event ProviderPaid(address indexed provider, uint256 gross, uint256 fee);
    /// @notice A running job ended (stopped by its client or completed by its provider) at `endedAt`.
    event JobEnded(uint256 indexed jobId, address indexed by, uint40 endedAt);
    /// @notice A controller failed the job over; its provider may still settle `due` for the time it served.
    /// No stake moves here: slashing needs a fault report in FaultDisputes.
    event JobFailed(uint256 indexed jobId, address indexed provider, uint8 round, uint256 due, string reason);
    /// @notice A usage report in a batch carried an invalid signature and was skipped.
    event ReportRejected(address indexed provider, bytes32 digest);
    /// @notice `amount` of the provider's stake is locked as the round's collateral.
    event CollateralLocked(uint256 indexed jobId, uint8 round, address indexed provider, uint256 amount);
    /// @notice A finished round was closed: what it did not pay went back to the client, its collateral freed.
    event RoundClosed(uint256 indexed jobId, uint256 round, address indexed provider);
    /// @notice An unawarded job was stopped by its client.
    event JobCancelled(uint256 indexed jobId);
    /// @notice A job was closed; nothing more can be paid from it.
    event JobClosed(uint256 indexed jobId);
    /// @notice `amount` of a job's budget went back to its client's free balance.
    event Refunded(uint256 indexed jobId, address indexed client, uint256 amount);
    /// @notice The job's client added `amount` to its budget, which is now `budget`.
    event BudgetToppedUp(uint256 indexed jobId, uint256 amount, uint256 budget);
    /// @notice A replica round opened: `provider` serves the job too, paid from `budget`, its share.
    event ReplicaAdded(
        uint256 indexed jobId,
        address indexed provider,
        uint8 round,
        uint256 price,
        uint256 nonce,
        uint256 budget
    );
    /// @notice A replica round ended: its provider may still claim `due`; the rest went back to the job.
    event ReplicaEnded(uint256 indexed jobId, address indexed provider, uint8 round, uint256 due);
    /// @notice A provider cancelled one of its bid nonces.
    event BidNonceCancelled(address indexed provider, uint256 nonce);
    /// @notice A provider voided every bid with a nonce below `minNonce`.
    event BidNoncesCancelledBelow(address indexed provider, uint256 minNonce);
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
    error TooManyReplicas(uint256 jobId, uint256 replicas);
    error NotReplica(uint256 jobId, address provider);
    error EmptyReport();
    /// @notice The caller must wait until `until` (settlement or failover window).
    error WindowOpen(uint256 until);
    /// @notice The bid was signed for other job terms than this job's.
    error BidTermsMismatch(uint256 jobId);
    error InvalidParams(string what);

    /// @param token_ The GIN token.
    /// @param staking_ The ProviderStaking contract.
    /// @param admin Governance: a TimelockController whose delay exceeds the unbonding delay.
    /// @param guardian May pause and unpause (address(0): nobody but the admin).
    /// @param controllers The initial controller nodes.
    /// @param params_ Initial governance parameters.
    constructor(
        IERC20 token_,
        IProviderStaking staking_,
        address admin,
        address guardian,
        address[] memory controllers,
        Params memory params_
    ) EIP712("Gintonic AuctionEscrow", "2") {
        if (address(token_) == address(0) || address(staking_) == address(0) || admin == address(0)) {
            revert ZeroAddress();
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        token = token_;
        staking = staking_;
        if (guardian != address(0)) _grantRole(PAUSER_ROLE, guardian);
        for (uint256 i; i < controllers.length; ++i) {
            _grantRole(CONTROLLER_ROLE, controllers[i]);
        }
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
        _permit(amount, deadline, v, r, s);
        _deposit(amount);
    }

    /// @notice Adds `amount` to a live job's budget, so a service that is still needed does not end
    /// when its budget runs out: from the caller's free balance, or with an EIP-2612 permit
    /// (`deadline` not 0) from its wallet in the same transaction. The job's client only, while the
    /// job is open, running or failing over: a running round can pay the more for its time, an open
    /// or failed-over job's next award takes it.
    function topUp(uint256 jobId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        whenNotPaused
        nonReentrant
    {
        JobRecord storage j = _jobs[jobId];
        if (msg.sender != j.client) revert Unauthorized(jobId, msg.sender);
        JobState state = j.state;
        if (state == JobState.None || state > JobState.Failover) revert WrongState(jobId, state);
        if (deadline != 0) {
            _permit(amount, deadline, v, r, s);
            _deposit(amount);
        }
        if (amount == 0) revert ZeroAmount();
        _takeFree(amount);
        totalLocked += amount;
        // The casts are bounded by GIN's 96-bit supply, as createJob's.
        // forge-lint: disable-next-line(unsafe-typecast)
        j.budget += uint96(amount);
        if (state == JobState.Running) {
            bytes32 key = _roundKey(jobId, j.round, j.provider);
            uint256 w = _rounds[key];
            _rounds[key] = w.withRemaining(w.remaining() + amount);
        } else {
            // forge-lint: disable-next-line(unsafe-typecast)
            j.reserve += uint96(amount);
        }
        emit BudgetToppedUp(jobId, amount, j.budget);
    }

    /// @notice Withdraws `amount` from the caller's free balance. Works while paused.
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        _takeFree(amount);
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ------------------------------------------------------------------ jobs

    /// @notice Posts a job and locks `budget` from the caller's free balance.
    /// @param specHash Hash of the job spec (image, model, requirements) held off chain.
    /// @param maxPricePerGpuSecond Highest acceptable price in GIN wei per GPU-second (< 2**64).
    /// @param gpuCount GPUs the job needs (1..255).
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
        return _createJob(
            specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake, 1
        );
    }

    /// @notice Posts a job that may run on up to `replicas` providers at once under one budget: the
    /// award's round and replica rounds added with addReplica, each paid on its own terms (price x
    /// GPUs x time, from its share of the budget). Otherwise as createJob.
    function createReplicatedJob(
        bytes32 specHash,
        uint256 maxPricePerGpuSecond,
        uint16 gpuCount,
        uint256 budget,
        uint40 biddingDeadline,
        uint256 minProviderStake,
        uint8 replicas
    ) external whenNotPaused nonReentrant returns (uint256 jobId) {
        if (replicas == 0 || replicas > MAX_REPLICAS) revert InvalidJob("replicas");
        return _createJob(
            specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake, replicas
        );
    }

    function _createJob(
        bytes32 specHash,
        uint256 maxPricePerGpuSecond,
        uint16 gpuCount,
        uint256 budget,
        uint40 biddingDeadline,
        uint256 minProviderStake,
        uint8 replicas
    ) internal returns (uint256 jobId) {
        if (gpuCount == 0 || gpuCount > MAX_GPUS) revert InvalidJob("gpuCount");
        if (maxPricePerGpuSecond == 0 || maxPricePerGpuSecond > type(uint64).max) {
            revert InvalidJob("maxPrice");
        }
        if (budget == 0) revert InvalidJob("budget");
        if (biddingDeadline <= block.timestamp || biddingDeadline > type(uint32).max) {
            revert InvalidJob("biddingDeadline");
        }
        if (minProviderStake > type(uint96).max) revert InvalidJob("minProviderStake");
        _takeFree(budget);
        totalLocked += budget;

        jobId = nextJobId++;
        JobRecord storage j = _jobs[jobId];
        j.client = msg.sender;
        j.state = JobState.Open;
        j.gpuCount = gpuCount;
        // Every cast below was range-checked above, or is bounded by GIN's 96-bit supply
        // (budget <= free balance <= supply).
        // forge-lint: disable-next-line(unsafe-typecast)
        j.biddingDeadline = uint32(biddingDeadline);
        // forge-lint: disable-next-line(unsafe-typecast)
        j.reserve = uint96(budget);
        // forge-lint: disable-next-line(unsafe-typecast)
        j.maxPrice = uint64(maxPricePerGpuSecond);
        // forge-lint: disable-next-line(unsafe-typecast)
        j.budget = uint96(budget);
        // forge-lint: disable-next-line(unsafe-typecast)
        j.minProviderStake = uint96(minProviderStake);
        j.specHash = specHash;
        Params memory p = params;
        j.terms = Terms({
            feeBps: p.feeBps,
            slashMultiple: p.slashMultiple,
            settlementWindow: p.settlementWindow,
            failoverWindow: p.failoverWindow,
            challengeWindow: p.challengeWindow,
            replicas: replicas
        });
        emit JobCreated(
            jobId,
            msg.sender,
            specHash,
            maxPricePerGpuSecond,
            gpuCount,
            budget,
            biddingDeadline,
            minProviderStake
        );
    }

    /// @notice Awards an open job to a provider's signed bid. Callable by the client or a staked controller.
    /// @dev Checks the signature, expiry, price <= max, the provider's eligible stake and the nonce.
    function award(Bid calldata bid, bytes calldata signature) external whenNotPaused nonReentrant {
        JobRecord storage j = _jobs[bid.jobId];
        if (j.state != JobState.Open) revert WrongState(bid.jobId, j.state);
        if (block.timestamp > j.biddingDeadline) revert BiddingClosed(bid.jobId, j.biddingDeadline);
        _checkClientOrController(bid.jobId, j);
        _award(j, bid, signature, 1);
    }

    /// @notice Re-awards a failed job to a backup bid from the original auction, without a new auction.
    /// @dev The bidding deadline does not apply (the bid was made in time); its expiry does.
    function awardBackup(Bid calldata bid, bytes calldata signature) external whenNotPaused nonReentrant {
        JobRecord storage j = _jobs[bid.jobId];
        if (j.state != JobState.Failover) revert WrongState(bid.jobId, j.state);
        if (j.reserve == 0) revert InvalidJob("reserve");
        if (bid.provider == j.provider) revert SameProvider(bid.provider);
        if (j.round == type(uint8).max) revert TooManyRounds(bid.jobId);
        _checkClientOrController(bid.jobId, j);
        _award(j, bid, signature, j.round + 1);
    }

    /// @notice Adds a replica to a running (or failing-over) job: another provider serving it at once,
    /// from a bid of its auction, up to the job's `replicas`. The replica's round is paid on its own
    /// terms from its share of the budget not yet committed — the reserve and, while the job runs, the
    /// current round's budget beyond what its provider already served — split equally with the slots
    /// still open. Callable by the client or a staked controller.
    function addReplica(Bid calldata bid, bytes calldata signature) external whenNotPaused nonReentrant {
        uint256 jobId = bid.jobId;
        JobRecord storage j = _jobs[jobId];
        JobState state = j.state;
        if (state != JobState.Running && state != JobState.Failover) revert WrongState(jobId, state);
        uint256[] storage live = _replicas[jobId];
        uint256 open = uint256(j.terms.replicas) - live.length; // slots left, the current round's counted
        if (open < 2) revert TooManyReplicas(jobId, j.terms.replicas);
        _checkClientOrController(jobId, j);
        _checkDistinct(jobId, j, bid.provider);
        uint256 share = _takeShare(jobId, j, state == JobState.Running, open);
        _acceptBid(j, bid, signature, j.round, share);
        live.push(uint256(j.round) << 160 | uint160(bid.provider));
        emit ReplicaAdded(jobId, bid.provider, j.round, bid.pricePerGpuSecond, bid.nonce, share);
    }

    /// @notice Ends a replica round now (its provider failed, or it is no longer needed): the provider
    /// keeps its claim to the time it served, the rest of the round's budget goes back to the job. No
    /// stake moves; a fault is reported apart, as for any round. Callable by the client or a staked
    /// controller.
    function endReplica(uint256 jobId, address provider) external nonReentrant {
        JobRecord storage j = _jobs[jobId];
        _checkClientOrController(jobId, j);
        uint256[] storage live = _replicas[jobId];
        for (uint256 i; i < live.length; ++i) {
            if (address(uint160(live[i])) == provider) return _endReplica(jobId, j, live, i);
        }
        revert NotReplica(jobId, provider);
    }

    /// @notice Marks one of the caller's bid nonces as used, withdrawing every bid signed with it.
    function cancelBidNonce(uint256 nonce) external {
        if (bidNonceUsed[msg.sender][nonce]) revert BidNonceAlreadyUsed(msg.sender, nonce);
        bidNonceUsed[msg.sender][nonce] = true;
        emit BidNonceCancelled(msg.sender, nonce);
    }

    /// @notice Voids every bid of the caller with a nonce below `minNonce` (it can only go up).
    function cancelBidsBelow(uint256 minNonce) external {
        if (minNonce <= minBidNonce[msg.sender]) revert BidNonceAlreadyUsed(msg.sender, minNonce);
        minBidNonce[msg.sender] = minNonce;
        emit BidNoncesCancelledBelow(msg.sender, minNonce);
    }

    /// @notice Stops a job at any time. An unawarded job is cancelled and fully refunded; a running one
    /// ends now and gets back at once everything its provider cannot claim for time served; after a
    /// failure the remaining budget comes back in full.
    function stopJob(uint256 jobId) external nonReentrant {
        JobRecord storage j = _jobs[jobId];
        if (msg.sender != j.client) revert Unauthorized(jobId, msg.sender);
        JobState state = j.state;
        if (state == JobState.Open) {
            j.state = JobState.Cancelled;
            emit JobCancelled(jobId);
            _refundReserve(jobId, j);
        } else if (state == JobState.Running) {
            _end(jobId, j);
        } else if (state == JobState.Failover) {
            j.state = JobState.Closed;
            emit JobClosed(jobId);
            _endReplicas(jobId, j);
            _refundReserve(jobId, j);
        } else {
            revert WrongState(jobId, state);
        }
    }

    /// @notice The provider declares a running job complete (e.g. a fine-tuning run finished).
    function completeJob(uint256 jobId) external nonReentrant {
        JobRecord storage j = _jobs[jobId];
        if (msg.sender != j.provider) revert Unauthorized(jobId, msg.sender);
        if (j.state != JobState.Running) revert WrongState(jobId, j.state);
        _end(jobId, j);
    }

    /// @notice Closes a job and refunds what is left of its budget.
    /// @dev Ended jobs: the provider may close at once (waiving further claims), anyone else after the
    /// settlement window. Failed jobs: the client or a controller at once (the workload failed: no backup
    /// is wanted), anyone after the failover window. Running jobs whose budget is spent: anyone. The
    /// round's collateral is freed here once its settlement window (during which a fault can still be
    /// reported) is over; otherwise closeRound frees it later.
    function finalizeJob(uint256 jobId) external nonReentrant {
        JobRecord storage j = _jobs[jobId];
        JobState state = j.state;
        if (state == JobState.Ended) {
            uint256 until = uint256(j.endedAt) + j.terms.settlementWindow;
            if (msg.sender != j.provider && block.timestamp < until) revert WindowOpen(until);
        } else if (state == JobState.Failover) {
            uint256 until = uint256(j.endedAt) + j.terms.failoverWindow;
            if (msg.sender != j.client && block.timestamp < until && !_isController(msg.sender)) {
                revert WindowOpen(until);
            }
        } else if (state == JobState.Running) {
            bytes32 key = _roundKey(jobId, j.round, j.provider);
            if (_rounds[key].remaining() != 0) revert WrongState(jobId, state);
            j.endedAt = uint32(block.timestamp);
            roundEndedAt[key] = block.timestamp;
            emit JobEnded(jobId, msg.sender, uint40(block.timestamp));
        } else {
            revert WrongState(jobId, state);
        }
        j.state = JobState.Closed;
        emit JobClosed(jobId);
        if (state != JobState.Failover) {
            bytes32 key = _roundKey(jobId, j.round, j.provider);
            _closeRound(jobId, j, key);
            _releaseIfDue(key, j.terms.settlementWindow);
        }
        _endReplicas(jobId, j);
        _refundReserve(jobId, j);
    }

    /// @notice Closes a finished round of a job (one failed over, or the last one of a closed job) once its
    /// settlement window has passed, or at once when its provider asks: refunds what it did not pay and
    /// frees the provider's collateral unless a fault report holds it. Anyone may call.
    function closeRound(uint256 jobId, uint256 round, address provider) external nonReentrant {
        JobRecord storage j = _jobs[jobId];
        bytes32 key = _roundKey(jobId, round, provider);
        uint256 w = _rounds[key];
        uint256 ended = roundEndedAt[key];
        if (w == 0 || ended == 0) revert WrongState(jobId, j.state);
        if (round == j.round && provider == j.provider && j.state == JobState.Ended) {
            revert WrongState(jobId, j.state); // the current round: finalizeJob closes it with the job
        }
        uint256 until = ended + j.terms.settlementWindow;
        bool windowOver = block.timestamp >= until;
        if (!windowOver && msg.sender != provider) revert WindowOpen(until);
        if (w.state() == RoundState.Ended) {
            _rounds[key] = w.withRemaining(0).withState(RoundState.Closed);
            _refund(jobId, j.client, w.remaining());
        }
        if (windowOver) _releaseIfDue(key, j.terms.settlementWindow);
        emit RoundClosed(jobId, round, provider);
    }

    /// @notice A controller fails a running job over: the provider stopped answering, or its container
    /// failed. No stake moves and the provider keeps its claim to the time it served (settleable for the
    /// job's settlement window); the rest of the budget waits for a backup award (awardBackup) or goes back
    /// to the client (stopJob, or finalizeJob). A slash needs a separate fault report in FaultDisputes.
    function reportFailure(uint256 jobId, string calldata reason) external nonReentrant {
        _checkController();
        JobRecord storage j = _jobs[jobId];
        if (j.state != JobState.Running) revert WrongState(jobId, j.state);
        address provider = j.provider;
        bytes32 key = _roundKey(jobId, j.round, provider);
        uint256 w = _rounds[key];
        uint256 due = w.maxDue(block.timestamp);
        _rounds[key] = w.withRemaining(due).withState(due == 0 ? RoundState.Closed : RoundState.Ended);
        roundEndedAt[key] = block.timestamp;
        // forge-lint: disable-next-line(unsafe-typecast) remaining fits 96 bits (RoundSlot)
        j.reserve = uint96(w.remaining() - due);
        j.state = JobState.Failover;
        j.endedAt = uint32(block.timestamp);
        emit JobFailed(jobId, provider, j.round, due, reason);
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Settles one provider-signed usage report; reverts on an invalid signature. Works while paused.
    function settle(UsageReport calldata report) external nonReentrant {
        (bool ok,) = _checkReport(report);
        if (!ok) revert InvalidSignature();
        (uint256 gross, uint256 fee) = _settleReport(report);
        _book(gross, fee);
    }

    /// @notice Settles many usage reports (many providers, many jobs) in one transaction. A report whose
    /// signature is invalid is skipped (ReportRejected) and cannot sink the others. Works while paused.
    function settleBatch(UsageReport[] calldata reports) external nonReentrant {
        uint256 gross;
        uint256 fees;
        for (uint256 i; i < reports.length; ++i) {
            (bool ok, bytes32 digest) = _checkReport(reports[i]);
            if (!ok) {
                emit ReportRejected(reports[i].provider, digest);
                continue;
            }
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

    /// @notice A job merged with its current round.
    function getJob(uint256 jobId) external view returns (Job memory job) {
        JobRecord storage j = _jobs[jobId];
        uint256 w = j.round == 0 ? 0 : _rounds[_roundKey(jobId, j.round, j.provider)];
        job = Job({
            client: j.client,
            provider: j.provider,
            state: j.state,
            round: j.round,
            gpuCount: j.gpuCount,
            biddingDeadline: j.biddingDeadline,
            startedAt: uint40(w.startedAt()),
            endedAt: j.endedAt,
            maxPrice: j.maxPrice,
            budget: j.budget,
            minProviderStake: j.minProviderStake,
            price: w.price(),
            settledGpuSeconds: w.settled(),
            remaining: uint256(j.reserve) + w.remaining(),
            specHash: j.specHash
        });
    }

    /// @notice EIP-712 digest a provider signs for `bid`.
    function bidDigest(Bid calldata bid) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    BID_TYPEHASH,
                    bid.jobId,
                    bid.terms,
                    bid.provider,
                    bid.pricePerGpuSecond,
                    bid.expiry,
                    bid.nonce
                )
            )
        );
    }

    /// @notice EIP-712 digest a provider signs for a usage report.
    function usageReportDigest(address provider, Usage[] calldata usages) public view returns (bytes32) {
        uint256 n = usages.length;
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            hashes[i] = _usageHash(usages[i]);
        }
        return _reportDigest(provider, hashes);
    }

    /// @notice The hash a bid signs as `terms`: everything the client fixed at createJob.
    function jobTermsHash(uint256 jobId) public view returns (bytes32) {
        JobRecord storage j = _jobs[jobId];
        return keccak256(
            abi.encode(
                jobId,
                j.client,
                j.specHash,
                j.maxPrice,
                j.gpuCount,
                j.budget,
                j.biddingDeadline,
                j.minProviderStake
            )
        );
    }

    /// @notice The client of `jobId` and the fee, windows and slash terms the job was created with.
    function jobTerms(uint256 jobId) external view returns (address client, Terms memory terms) {
        JobRecord storage j = _jobs[jobId];
        return (j.client, j.terms);
    }

    /// @notice The RoundSlot word of one award round (see libraries/RoundSlot.sol) and when it ended
    /// (0 while running). The key is keccak256(abi.encode(jobId, round, provider)).
    function roundOf(uint256 jobId, uint256 round, address provider)
        external
        view
        returns (uint256 word, uint256 endedAt)
    {
        bytes32 key = _roundKey(jobId, round, provider);
        return (_rounds[key], roundEndedAt[key]);
    }

    /// @notice The address this contract accepts as the signer of `digest`, or address(0) if it accepts
    /// none: exactly the check every bid and usage report goes through (for off-chain verifiers to match).
    function recoverSigner(bytes32 digest, bytes calldata signature) external pure returns (address) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }

    // ------------------------------------------------------------------ governance

    /// @notice Replaces the governance parameters (each within its bounds). Jobs already created keep
    /// the terms they were created with; only later jobs see the change.
    function setParams(Params calldata params_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(params_);
    }

    /// @notice Pauses deposits, job creation and awards. Withdrawals, stops, failovers, refunds and
    /// settlement keep working, so a pause never turns a provider's earned claim into a refund.
    function pause() external {
        _checkPauser();
        _pause();
    }

    /// @notice Lifts a pause.
    function unpause() external {
        _checkPauser();
        _unpause();
    }

    // ------------------------------------------------------------------ internals

    /// @dev A permit front-run by someone else is tolerated when the allowance it left suffices.
    function _permit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) internal {
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            if (token.allowance(msg.sender, address(this)) < amount) revert PermitFailed();
        }
    }

    /// @dev Takes `amount` from the caller's free balance.
    function _takeFree(uint256 amount) internal {
        uint256 free = freeBalanceOf[msg.sender];
        if (free < amount) revert InsufficientBalance(free, amount);
        freeBalanceOf[msg.sender] = free - amount;
        totalFree -= amount;
    }

    function _deposit(uint256 amount) internal {
        if (amount == 0) revert ZeroAmount();
        freeBalanceOf[msg.sender] += amount;
        totalFree += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, amount);
    }

    function _checkController() internal view {
        if (!_isController(msg.sender)) revert AccessControlUnauthorizedAccount(msg.sender, CONTROLLER_ROLE);
    }

    /// @notice Whether `account` is a controller with at least the controller minimum staked.
    function isController(address account) external view returns (bool) {
        return _isController(account);
    }

    function _isController(address account) internal view returns (bool) {
        return hasRole(CONTROLLER_ROLE, account) && staking.stakeOf(account) >= params.controllerMinStake;
    }

    function _checkPauser() internal view {
        if (!hasRole(PAUSER_ROLE, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert AccessControlUnauthorizedAccount(msg.sender, PAUSER_ROLE);
        }
    }

    function _checkClientOrController(uint256 jobId, JobRecord storage j) internal view {
        if (msg.sender == j.client) return;
        if (!hasRole(CONTROLLER_ROLE, msg.sender)) revert Unauthorized(jobId, msg.sender);
        _checkController();
    }

    /// @dev Makes the bid's provider the job's current round `round`, with the job's whole reserve.
    function _award(JobRecord storage j, Bid calldata bid, bytes calldata signature, uint8 round) internal {
        _checkDistinct(bid.jobId, j, bid.provider);
        _acceptBid(j, bid, signature, round, j.reserve);
        j.reserve = 0;
        j.provider = bid.provider;
        j.state = JobState.Running;
        j.round = round;
        j.endedAt = 0;
        emit JobAwarded(bid.jobId, bid.provider, round, bid.pricePerGpuSecond, bid.nonce);
    }

    /// @dev Takes a replica's share of the job's uncommitted budget (`open` slots share it): from the
    /// reserve first, then from the current round's budget beyond what its provider already served.
    function _takeShare(uint256 jobId, JobRecord storage j, bool running, uint256 open)
        internal
        returns (uint256 share)
    {
        uint256 reserve = j.reserve;
        uint256 free = reserve;
        bytes32 key;
        uint256 w;
        if (running) {
            key = _roundKey(jobId, j.round, j.provider);
            w = _rounds[key];
            free += w.remaining() - w.maxDue(block.timestamp);
        }
        share = free / open;
        if (share == 0) revert InvalidJob("budget");
        if (share > reserve) {
            _rounds[key] = w.withRemaining(w.remaining() - (share - reserve));
            reserve = share;
        }
        // forge-lint: disable-next-line(unsafe-typecast) share <= reserve, a uint96
        j.reserve = uint96(reserve - share);
    }

    /// @dev A provider serves a job at most once at a time: not as a replica and the current round both.
    function _checkDistinct(uint256 jobId, JobRecord storage j, address provider) internal view {
        if (provider == j.provider && j.state == JobState.Running) revert SameProvider(provider);
        uint256[] storage live = _replicas[jobId];
        for (uint256 i; i < live.length; ++i) {
            if (address(uint160(live[i])) == provider) revert SameProvider(provider);
        }
    }

    /// @dev Opens round `round` for the bid's provider with `budget`, and locks the round's collateral
    /// (slashMultiple x price x GPUs x failoverWindow) from the provider's stake.
    function _acceptBid(
        JobRecord storage j,
        Bid calldata bid,
        bytes calldata signature,
        uint8 round,
        uint256 budget
    ) internal {
        _checkBid(j, bid, signature);
        bytes32 key = _roundKey(bid.jobId, round, bid.provider);
        if (_rounds[key] != 0) revert SameProvider(bid.provider);
        Terms memory t = j.terms;
        uint256 collateral = uint256(t.slashMultiple) * bid.pricePerGpuSecond * j.gpuCount * t.failoverWindow;
        if (
            !staking.isEligible(bid.provider, j.minProviderStake)
                || staking.unlockedStakeOf(bid.provider) < collateral
        ) revert ProviderNotEligible(bid.provider);
        bidNonceUsed[bid.provider][bid.nonce] = true;
        _rounds[key] = RoundSlot.pack(
            budget, bid.pricePerGpuSecond, 0, block.timestamp, j.gpuCount, t.feeBps / 10, RoundState.Running
        );
        if (collateral != 0) {
            staking.lock(bid.provider, key, collateral);
            emit CollateralLocked(bid.jobId, round, bid.provider, collateral);
        }
    }

    /// @dev A bid for this job, in time, within its price, unused and signed by its provider.
    function _checkBid(JobRecord storage j, Bid calldata bid, bytes calldata signature) internal view {
        if (block.timestamp > bid.expiry) revert BidExpired(bid.expiry);
        if (bid.pricePerGpuSecond == 0 || bid.pricePerGpuSecond > j.maxPrice) {
            revert BidPriceOutOfRange(bid.pricePerGpuSecond, j.maxPrice);
        }
        if (bid.terms != jobTermsHash(bid.jobId)) revert BidTermsMismatch(bid.jobId);
        if (bidNonceUsed[bid.provider][bid.nonce] || bid.nonce < minBidNonce[bid.provider]) {
            revert BidNonceAlreadyUsed(bid.provider, bid.nonce);
        }
        _checkSigner(bidDigest(bid), signature, bid.provider);
    }

    /// @dev The provider's own key or the operator key it authorized in the staking contract.
    function _checkSigner(bytes32 digest, bytes calldata signature, address expected) internal view {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err != ECDSA.RecoverError.NoError || !staking.signsFor(expected, signer)) {
            revert InvalidSignature();
        }
    }

    /// @dev Whether the report's signature comes from its provider (or its operator key); nothing is
    /// settled before this.
    function _checkReport(UsageReport calldata report) internal view returns (bool ok, bytes32 digest) {
        Usage[] calldata usages = report.usages;
        uint256 n = usages.length;
        if (n == 0) revert EmptyReport();
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            hashes[i] = _usageHash(usages[i]);
        }
        digest = _reportDigest(report.provider, hashes);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, report.signature);
        ok = err == ECDSA.RecoverError.NoError && staking.signsFor(report.provider, signer);
    }

    /// @dev Settles a report whose signature was checked; the fee of each entry is its job's own.
    function _settleReport(UsageReport calldata report) internal returns (uint256 gross, uint256 fee) {
        Usage[] calldata usages = report.usages;
        address provider = report.provider;
        uint256 feeUnits; // sum of amount x fee units (10 bps each)
        for (uint256 i; i < usages.length; ++i) {
            (uint256 amount, uint256 units) = _settleUsage(provider, usages[i]);
            gross += amount;
            feeUnits += amount * units;
        }
        if (gross == 0) return (0, 0);
        fee = feeUnits * 10 / BPS;
        token.safeTransfer(provider, gross - fee);
        emit ProviderPaid(provider, gross, fee);
    }

    /// @dev Pays the delta between the attested cumulative GPU-seconds and what this round already paid,
    /// capped by gpuCount * seconds since the award (while running) and by the round's remaining budget.
    function _settleUsage(address provider, Usage calldata u) internal returns (uint256 amount, uint256 fee) {
        uint256 jobId = u.jobId;
        bytes32 key = _roundKey(jobId, u.round, provider);
        uint256 w = _rounds[key];
        RoundState state = w.state();
        uint256 cumulative = u.cumulativeGpuSeconds;
        if (state == RoundState.Running) {
            uint256 cap = w.gpuCount() * (block.timestamp - w.startedAt());
            if (cumulative > cap) cumulative = cap;
        } else if (state == RoundState.Ended) {
            // The round's remaining budget was cut to what its time allowed when it ended; the
            // GPU-seconds it still pays for are therefore at most ceil(remaining / price).
            uint256 maxCumulative = w.settled() + (w.remaining() + w.price() - 1) / w.price();
            if (cumulative > maxCumulative) cumulative = maxCumulative;
        } else {
            return (_reject(jobId, u.round, provider), 0);
        }
        uint256 settled = w.settled();
        if (cumulative <= settled) {
            emit UsageRejected(jobId, provider, Rejection.NothingDue);
            return (0, 0);
        }
        fee = w.feeUnits();
        amount = (cumulative - settled) * w.price();
        uint256 remaining = w.remaining();
        if (amount > remaining) amount = remaining;
        _rounds[key] = w.withSettlement(remaining - amount, cumulative);
        emit UsageSettled(jobId, cumulative, amount);
    }

    /// @dev Explains an entry that matched no payable round (rare, so the extra reads do not matter).
    function _reject(uint256 jobId, uint256 round, address provider) internal returns (uint256) {
        JobRecord storage j = _jobs[jobId];
        Rejection reason;
        if (round == j.round && provider != j.provider) {
            reason = Rejection.NotJobProvider;
        } else if (round != j.round && _rounds[_roundKey(jobId, round, provider)] == 0) {
            reason = Rejection.NotJobProvider;
        } else if (round != j.round) {
            reason = Rejection.StaleRound;
        } else {
            reason = Rejection.NotSettleable;
        }
        emit UsageRejected(jobId, provider, reason);
        return 0;
    }

    function _book(uint256 gross, uint256 fee) internal {
        if (gross == 0) return;
        totalLocked -= gross;
        feesOwed += fee;
    }

    /// @dev Ends the current round now: what the provider cannot claim for time served comes back at once.
    function _end(uint256 jobId, JobRecord storage j) internal {
        bytes32 key = _roundKey(jobId, j.round, j.provider);
        uint256 w = _rounds[key];
        uint256 due = w.maxDue(block.timestamp);
        bool closes = due == 0; // nothing left to claim: no settlement window needed
        _rounds[key] = w.withRemaining(due).withState(closes ? RoundState.Closed : RoundState.Ended);
        roundEndedAt[key] = block.timestamp;
        j.state = closes ? JobState.Closed : JobState.Ended;
        j.endedAt = uint32(block.timestamp);
        emit JobEnded(jobId, msg.sender, uint40(block.timestamp));
        if (closes) emit JobClosed(jobId);
        _refund(jobId, j.client, w.remaining() - due);
        _endReplicas(jobId, j);
        _refundReserve(jobId, j);
    }

    /// @dev Ends replica `i` of the job: what its provider cannot claim for time served goes back to
    /// the job's reserve (refunded by the caller when the job ends).
    function _endReplica(uint256 jobId, JobRecord storage j, uint256[] storage live, uint256 i) internal {
        uint256 e = live[i];
        // An entry is `round << 160 | provider`: both casts unpack exactly what addReplica packed.
        // forge-lint: disable-next-line(unsafe-typecast)
        address provider = address(uint160(e));
        // forge-lint: disable-next-line(unsafe-typecast)
        uint8 round = uint8(e >> 160);
        bytes32 key = _roundKey(jobId, round, provider);
        uint256 w = _rounds[key];
        uint256 due = w.maxDue(block.timestamp);
        _rounds[key] = w.withRemaining(due).withState(due == 0 ? RoundState.Closed : RoundState.Ended);
        roundEndedAt[key] = block.timestamp;
        // forge-lint: disable-next-line(unsafe-typecast) bounded by the job's 96-bit budget
        j.reserve += uint96(w.remaining() - due);
        live[i] = live[live.length - 1];
        live.pop();
        emit ReplicaEnded(jobId, provider, round, due);
    }

    function _endReplicas(uint256 jobId, JobRecord storage j) internal {
        uint256[] storage live = _replicas[jobId];
        while (live.length != 0) {
            _endReplica(jobId, j, live, live.length - 1);
        }
    }

    /// @dev Closes the current round and refunds what it did not pay.
    function _closeRound(uint256 jobId, JobRecord storage j, bytes32 key) internal {
        uint256 w = _rounds[key];
        _rounds[key] = w.withRemaining(0).withState(RoundState.Closed);
        _refund(jobId, j.client, w.remaining());
    }

    /// @dev Frees a finished round's collateral once no fault can be reported against it any more
    /// (its settlement window is over) and no report holds it (FaultDisputes moved it under its own key).
    function _releaseIfDue(bytes32 key, uint256 window) internal {
        uint256 ended = roundEndedAt[key];
        if (ended == 0 || block.timestamp < ended + window) return;
        (address account,) = staking.locks(key);
        if (account == address(0)) return;
        staking.unlock(key);
    }

    function _refundReserve(uint256 jobId, JobRecord storage j) internal {
        uint256 amount = j.reserve;
        j.reserve = 0;
        _refund(jobId, j.client, amount);
    }

    function _refund(uint256 jobId, address client, uint256 amount) internal {
        if (amount == 0) return;
        freeBalanceOf[client] += amount;
        totalLocked -= amount;
        totalFree += amount;
        emit Refunded(jobId, client, amount);
    }

    /// @dev keccak256(abi.encode(jobId, round, provider)); the address is masked, since a value unpacked
    /// from a replica entry may carry higher bits on the stack.
    function _roundKey(uint256 jobId, uint256 round, address provider) internal pure returns (bytes32 key) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, jobId)
            mstore(add(p, 0x20), round)
            mstore(add(p, 0x40), and(provider, 0xffffffffffffffffffffffffffffffffffffffff))
            key := keccak256(p, 0x60)
        }
    }

    /// @dev hashStruct(Usage), computed in scratch memory (no allocation per entry).
    function _usageHash(Usage calldata u) internal pure returns (bytes32 h) {
        bytes32 typeHash = USAGE_TYPEHASH;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typeHash)
            calldatacopy(add(p, 0x20), u, 0x60)
            h := keccak256(p, 0x80)
        }
    }

    function _reportDigest(address provider, bytes32[] memory hashes) internal view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(USAGE_REPORT_TYPEHASH, provider, keccak256(abi.encodePacked(hashes))))
        );
    }

    /// @dev Bounds: a dev chain (anvil 31337, the simulated backend 1337) accepts windows from 1 s and a
    /// zero controller stake, so the demo and the tests can run in seconds; any other chain needs windows
    /// long enough for people to act in.
    function _setParams(Params memory p) internal {
        bool dev = block.chainid == 31_337 || block.chainid == 1337;
        if (p.treasury == address(0)) revert InvalidParams("treasury");
        if (p.feeBps > MAX_FEE_BPS || p.feeBps % 10 != 0) revert InvalidParams("feeBps");
        if (p.slashMultiple == 0 || p.slashMultiple > MAX_SLASH_MULTIPLE) {
            revert InvalidParams("slashMultiple");
        }
        if (p.settlementWindow < (dev ? 1 : 1 hours) || p.settlementWindow > 30 days) {
            revert InvalidParams("settlementWindow");
        }
        if (p.failoverWindow < (dev ? 1 : 5 minutes) || p.failoverWindow > 7 days) {
            revert InvalidParams("failoverWindow");
        }
        if (p.challengeWindow < (dev ? 1 : 1 hours) || p.challengeWindow > 14 days) {
            revert InvalidParams("challengeWindow");
        }
        if (!dev && p.controllerMinStake < 1000 ether) revert InvalidParams("controllerMinStake");
        params = p;
        emit ParamsSet(p);
    }
}
