// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IProviderStaking} from "./interfaces/IProviderStaking.sol";
import {AuctionEscrow} from "./AuctionEscrow.sol";
import {RoundSlot, RoundState} from "./libraries/RoundSlot.sol";

/// @title FaultDisputes
/// @notice The only way stake is ever slashed. A quorum of distinct staked controllers signs that a
/// provider went silent while it held a job (a FaultReport); the round's collateral moves under the
/// dispute, each reporter's bond is locked, and a challenge window opens. The provider voids the report
/// with a heartbeat acknowledgement signed by any staked controller later than the claimed silence:
/// then its collateral is freed and every reporter loses its bond to the treasury. Otherwise anyone
/// executes the slash after the window: the client gets at most the job's failover window of service at
/// its price (its documented loss), the rest of the collateral goes to the treasury.
/// One outage of one provider is one incident, however many jobs it ran: an accepted report opens the
/// provider's incident window, from its claimed silence until `observedAt` plus the job's challenge
/// window (`incidentUntil`), and no report whose silence began inside it is accepted. So a provider is
/// slashed at most once per incident window, and a quorum cannot split one outage into several
/// incidents (one report per job, each claiming a later slice of the same silence). A voided report
/// gives its window back, so a false report cannot block a true one.
/// @dev Invariants: a slash never exceeds the round's collateral (slashMultiple x price x GPUs x
/// failoverWindow, fixed when the job was created); a round is disputed at most once; the incident
/// windows of a provider's standing (pending or executed) disputes never overlap; nothing executes
/// before the challenge window has passed.
contract FaultDisputes is AccessControlDefaultAdminRules, ReentrancyGuardTransient, EIP712 {
    using RoundSlot for uint256;
    /// @notice EIP-712 type a controller signs to report a provider's silence on one award round.
    bytes32 public constant FAULT_REPORT_TYPEHASH = keccak256(
        "FaultReport(uint256 jobId,uint256 round,address provider,uint256 silentSince,uint256 observedAt)"
    );
    /// @notice EIP-712 type a controller signs when it receives a provider's heartbeat.
    bytes32 public constant HEARTBEAT_ACK_TYPEHASH =
        keccak256("HeartbeatAck(address provider,uint256 timestamp)");
    /// @notice Most signatures a quorum may require.
    uint8 public constant MAX_QUORUM = 16;

    /// @notice Controllers' claim: `provider` answered nothing from `silentSince` until at least `observedAt`.
    struct FaultReport {
        uint256 jobId;
        uint256 round;
        address provider;
        uint256 silentSince;
        uint256 observedAt;
    }

    /// @notice A controller's receipt of a heartbeat from `provider` at `timestamp`: a provider's evidence.
    struct HeartbeatAck {
        address provider;
        uint256 timestamp;
    }

    enum DisputeState {
        None,
        Pending,
        Voided,
        Executed
    }

    struct Dispute {
        // slot 0
        address provider;
        uint32 silentSince;
        uint32 executeAfter;
        DisputeState state;
        uint24 challengeWindow; // the job's: the incident window ends at observedAt + challengeWindow
        // slot 1
        address client;
        uint96 amount; // collateral held by the dispute
        // slot 2
        uint96 compensation; // the client's share of amount
        uint96 bond; // locked from each reporter
        uint32 observedAt; // the end of the claimed silence
        uint32 prevIncidentUntil; // the provider's incidentUntil before this report (restored if voided)
        // slot 3
        uint256 jobId;
        uint256 round;
        address[] reporters;
    }

    /// @dev One award round as a report needs it.
    struct Round {
        address client;
        RoundState state;
        uint256 price;
        uint256 gpuCount;
        uint256 startedAt;
        uint256 endedAt;
        AuctionEscrow.Terms terms;
    }

    /// @notice Governance parameters (bounded).
    struct Params {
        uint8 quorum; // distinct controller signatures a report needs (1 only on a dev chain)
        uint96 reporterBond; // locked from each reporter, lost if the report is voided
    }

    /// @notice The escrow whose rounds are disputed.
    AuctionEscrow public immutable escrow;
    /// @notice Where collateral is locked and slashed.
    IProviderStaking public immutable staking;
    /// @notice Current parameters.
    Params public params;
    /// @notice Id the next dispute gets.
    uint256 public nextDisputeId = 1;
    /// @notice The end of each provider's incident window: the last standing report's `observedAt` plus
    /// its job's challenge window. A new report must claim a silence that began after it; a provider is
    /// slashed at most once per incident window. A voided report restores the previous value, unless a
    /// later report has moved it since.
    mapping(address provider => uint256) public incidentUntil;
    /// @notice The dispute opened on each round key (0 if none).
    mapping(bytes32 roundKey => uint256) public disputeOfRound;
    mapping(uint256 id => Dispute) internal _disputes;

    /// @notice A quorum reported `provider`'s fault on a round; `amount` is held until `executeAfter`.
    event FaultReported(
        uint256 indexed disputeId,
        uint256 indexed jobId,
        address indexed provider,
        uint256 round,
        uint256 silentSince,
        uint256 amount,
        uint256 compensation,
        uint256 executeAfter,
        address[] reporters
    );
    /// @notice The provider proved it answered at `ackTime` (acknowledged by `ackSigner`): the report is void.
    event FaultVoided(
        uint256 indexed disputeId, address indexed ackSigner, uint256 ackTime, uint256 bondsTaken
    );
    /// @notice The challenge window passed: `toClient` compensated the client, `toTreasury` went to the treasury.
    event FaultSlashed(
        uint256 indexed disputeId, address indexed provider, uint256 toClient, uint256 toTreasury
    );
    /// @notice Governance set new parameters.
    event ParamsSet(Params params);

    error InvalidParams(string what);
    /// @notice The round cannot be reported: `why` says what does not hold.
    error NotReportable(string why);
    /// @notice The report's silence began within the incident window of this provider's last standing
    /// report, which ends at `incidentUntil`: it is the same incident.
    error SameIncident(address provider, uint256 incidentUntil);
    /// @notice Fewer valid distinct controller signatures than the quorum (signers must be ascending).
    error NoQuorum(uint256 valid, uint256 quorum);
    /// @notice A reporter's unlocked stake cannot cover its bond.
    error BondUnavailable(address reporter);
    error WrongState(uint256 disputeId, DisputeState state);
    /// @notice The challenge window closed at `time` (challenge) or is open until `time` (execute).
    error ChallengeWindow(uint256 time);
    /// @notice The acknowledgement does not void this report.
    error InvalidEvidence(string why);

    /// @param escrow_ The AuctionEscrow.
    /// @param staking_ The ProviderStaking (which granted this contract LOCKER_ROLE and SLASHER_ROLE).
    /// @param admin Governance: a TimelockController.
    /// @param adminTransferDelay Seconds a new admin waits before accepting the role.
    /// @param params_ Initial parameters.
    constructor(
        AuctionEscrow escrow_,
        IProviderStaking staking_,
        address admin,
        uint48 adminTransferDelay,
        Params memory params_
    ) AccessControlDefaultAdminRules(adminTransferDelay, admin) EIP712("Gintonic FaultDisputes", "1") {
        escrow = escrow_;
        staking = staking_;
        _setParams(params_);
    }

    // ------------------------------------------------------------------ reports

    /// @notice Opens a dispute on a finished round (failed over, or ended while the provider was silent)
    /// with the signatures of `params.quorum` distinct staked controllers, in ascending signer order.
    /// Anyone may submit it. Locks the round's collateral and each reporter's bond until it resolves, and
    /// opens the provider's incident window until `observedAt` plus the job's challenge window: no other
    /// report of this provider whose silence began before then is accepted (one slash per incident).
    function reportFault(FaultReport calldata r, bytes[] calldata signatures)
        external
        nonReentrant
        returns (uint256 id)
    {
        (Round memory info, bytes32 key, uint96 amount) = _reportable(r);
        id = nextDisputeId++;
        address[] memory reporters = _quorum(_reportDigest(r), signatures);
        uint96 bond = params.reporterBond;
        for (uint256 i; i < reporters.length; ++i) {
            if (staking.unlockedStakeOf(reporters[i]) < bond) revert BondUnavailable(reporters[i]);
            staking.lock(reporters[i], _bondKey(id, reporters[i]), bond);
        }
        staking.unlock(key);
        staking.lock(r.provider, _disputeKey(id), amount);

        uint256 loss = info.price * info.gpuCount * info.terms.failoverWindow;
        Dispute storage d = _disputes[id];
        d.provider = r.provider;
        d.silentSince = SafeCast.toUint32(r.silentSince);
        d.executeAfter = SafeCast.toUint32(block.timestamp + info.terms.challengeWindow);
        d.state = DisputeState.Pending;
        d.challengeWindow = SafeCast.toUint24(info.terms.challengeWindow);
        d.client = info.client;
        d.amount = amount;
        d.compensation = loss < amount ? SafeCast.toUint96(loss) : amount;
        d.bond = bond;
        d.observedAt = SafeCast.toUint32(r.observedAt);
        d.prevIncidentUntil = SafeCast.toUint32(incidentUntil[r.provider]);
        d.jobId = r.jobId;
        d.round = r.round;
        d.reporters = reporters;
        disputeOfRound[key] = id;
        incidentUntil[r.provider] = r.observedAt + info.terms.challengeWindow;
        emit FaultReported(
            id, r.jobId, r.provider, r.round, r.silentSince, amount, d.compensation, d.executeAfter, reporters
        );
    }

    /// @dev The round a report concerns, its key and collateral, when the report may be filed at all.
    function _reportable(FaultReport calldata r)
        internal
        view
        returns (Round memory info, bytes32 key, uint96 amount)
    {
        (uint256 word, uint256 endedAt) = escrow.roundOf(r.jobId, r.round, r.provider);
        (address client, AuctionEscrow.Terms memory terms) = escrow.jobTerms(r.jobId);
        info = Round({
            client: client,
            state: word.state(),
            price: word.price(),
            gpuCount: word.gpuCount(),
            startedAt: word.startedAt(),
            endedAt: endedAt,
            terms: terms
        });
        if (info.state != RoundState.Ended && info.state != RoundState.Closed) {
            revert NotReportable("the round is not finished: fail the job over first");
        }
        if (r.silentSince < info.startedAt || r.silentSince >= info.endedAt) {
            revert NotReportable("the silence must begin while the provider held the round");
        }
        if (r.observedAt <= r.silentSince || r.observedAt > block.timestamp) {
            revert NotReportable("observedAt must be after silentSince and not in the future");
        }
        if (block.timestamp >= info.endedAt + info.terms.settlementWindow) {
            revert NotReportable("the round's report window (its settlement window) is over");
        }
        uint256 until = incidentUntil[r.provider];
        if (r.silentSince <= until) revert SameIncident(r.provider, until);
        key = keccak256(abi.encode(r.jobId, r.round, r.provider));
        address account;
        (account, amount) = staking.locks(key);
        if (account != r.provider || amount == 0) revert NotReportable("the round holds no collateral");
    }

    /// @notice Voids a pending report with a staked controller's acknowledgement of a heartbeat from the
    /// provider later than the claimed silence. Anyone may submit it before the challenge window ends.
    /// The provider's collateral is freed; each reporter's bond goes to the treasury; the provider's
    /// incident window goes back to what it was before the report, unless a later report has moved it.
    function challenge(uint256 id, HeartbeatAck calldata ack, bytes calldata signature)
        external
        nonReentrant
    {
        Dispute storage d = _disputes[id];
        if (d.state != DisputeState.Pending) revert WrongState(id, d.state);
        if (block.timestamp >= d.executeAfter) revert ChallengeWindow(d.executeAfter);
        if (ack.provider != d.provider) {
            revert InvalidEvidence("the acknowledgement is for another provider");
        }
        if (ack.timestamp <= d.silentSince) {
            revert InvalidEvidence("the acknowledgement is not later than the silence");
        }
        if (ack.timestamp > block.timestamp) revert InvalidEvidence("the acknowledgement is in the future");
        if (ack.timestamp > d.observedAt) {
            // An answer after the observed silence does not contradict it: the provider came back.
            revert InvalidEvidence("the acknowledgement is later than the observed silence");
        }
        address signer = _recover(ackDigest(ack), signature);
        if (signer == address(0) || !escrow.isController(signer)) {
            revert InvalidEvidence("not signed by a staked controller");
        }
        d.state = DisputeState.Voided;
        address provider = d.provider;
        if (incidentUntil[provider] == uint256(d.observedAt) + d.challengeWindow) {
            incidentUntil[provider] = d.prevIncidentUntil;
        }
        staking.unlock(_disputeKey(id));
        (address treasury,,,,,,) = escrow.params();
        uint256 taken;
        address[] storage reporters = d.reporters;
        for (uint256 i; i < reporters.length; ++i) {
            address reporter = reporters[i];
            uint256 held = staking.unlock(_bondKey(id, reporter));
            if (held != 0) taken += staking.slash(reporter, held, treasury, "voided fault report");
        }
        emit FaultVoided(id, signer, ack.timestamp, taken);
    }

    /// @notice Executes an unchallenged report once its challenge window has passed. Anyone may call.
    function execute(uint256 id) external nonReentrant {
        Dispute storage d = _disputes[id];
        if (d.state != DisputeState.Pending) revert WrongState(id, d.state);
        if (block.timestamp < d.executeAfter) revert ChallengeWindow(d.executeAfter);
        d.state = DisputeState.Executed;
        address provider = d.provider;
        uint256 held = staking.unlock(_disputeKey(id));
        address[] storage reporters = d.reporters;
        for (uint256 i; i < reporters.length; ++i) {
            staking.unlock(_bondKey(id, reporters[i]));
        }
        uint256 toClient;
        uint256 toTreasury;
        if (held != 0) {
            uint256 share = d.compensation < held ? d.compensation : held;
            if (share != 0) toClient = staking.slash(provider, share, d.client, "fault: compensation");
            if (held > toClient) {
                (address treasury,,,,,,) = escrow.params();
                toTreasury = staking.slash(provider, held - toClient, treasury, "fault");
            }
        }
        emit FaultSlashed(id, provider, toClient, toTreasury);
    }

    // ------------------------------------------------------------------ views

    /// @notice A dispute.
    function getDispute(uint256 id) external view returns (Dispute memory) {
        return _disputes[id];
    }

    /// @notice EIP-712 digest a controller signs for a fault report.
    function reportDigest(FaultReport calldata r) external view returns (bytes32) {
        return _reportDigest(r);
    }

    /// @notice EIP-712 digest a controller signs to acknowledge a heartbeat.
    function ackDigest(HeartbeatAck calldata ack) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(HEARTBEAT_ACK_TYPEHASH, ack.provider, ack.timestamp)));
    }

    // ------------------------------------------------------------------ governance

    /// @notice Replaces the parameters, within their bounds.
    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
    }

    // ------------------------------------------------------------------ internals

    function _reportDigest(FaultReport calldata r) internal view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(FAULT_REPORT_TYPEHASH, r.jobId, r.round, r.provider, r.silentSince, r.observedAt)
            )
        );
    }

    /// @dev The distinct staked controllers that signed `digest`; reverts below the quorum. Signers must
    /// come in strictly ascending order, which makes every signer count once.
    function _quorum(bytes32 digest, bytes[] calldata signatures)
        internal
        view
        returns (address[] memory signers)
    {
        uint256 quorum = params.quorum;
        signers = new address[](signatures.length);
        uint256 n;
        address last;
        for (uint256 i; i < signatures.length; ++i) {
            address signer = _recover(digest, signatures[i]);
            if (signer <= last || !escrow.isController(signer)) continue;
            signers[n++] = signer;
            last = signer;
        }
        if (n < quorum) revert NoQuorum(n, quorum);
        assembly ("memory-safe") {
            mstore(signers, n)
        }
    }

    function _recover(bytes32 digest, bytes calldata signature) internal pure returns (address) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }

    function _disputeKey(uint256 id) internal pure returns (bytes32) {
        return keccak256(abi.encode("dispute", id));
    }

    function _bondKey(uint256 id, address reporter) internal pure returns (bytes32) {
        return keccak256(abi.encode("bond", id, reporter));
    }

    function _setParams(Params memory p) internal {
        bool dev = block.chainid == 31_337 || block.chainid == 1337;
        if (p.quorum == 0 || p.quorum > MAX_QUORUM || (!dev && p.quorum < 2)) revert InvalidParams("quorum");
        if (p.reporterBond == 0 || (!dev && p.reporterBond < 100 ether)) {
            revert InvalidParams("reporterBond");
        }
        params = p;
        emit ParamsSet(p);
    }
}
