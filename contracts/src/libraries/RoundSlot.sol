// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice State of one award round of a job.
enum RoundState {
    None,
    Running,
    Ended,
    Closed
}

/// @title RoundSlot
/// @notice Packs everything settlement needs about one award round of a job into one storage word,
/// so that settling an attestation costs one cold SLOAD and one SSTORE.
/// @dev Layout, low bits first:
///   [0, 96)    remaining          budget this round may still pay out (wei)
///   [96, 160)  price              wei per GPU-second
///   [160, 200) settledGpuSeconds  cumulative GPU-seconds already paid (< 255 * 2**32 < 2**40)
///   [200, 208) feeUnits           the job's protocol fee, in units of 10 bps (fixed at createJob)
///   [208, 240) startedAt          award time (unix seconds, fits until 2106)
///   [240, 248) gpuCount           GPUs of the job (1..255)
///   [248, 256) state              RoundState
/// Widths are enforced where values enter: amounts are bounded by GIN's 96-bit supply, prices and
/// GPU counts by createJob's checks, GPU-seconds by gpuCount * elapsed < 2**40.
library RoundSlot {
    uint256 internal constant MASK_96 = (1 << 96) - 1;
    uint256 internal constant MASK_64 = (1 << 64) - 1;
    uint256 internal constant MASK_40 = (1 << 40) - 1;
    uint256 internal constant MASK_32 = (1 << 32) - 1;
    uint256 internal constant MASK_8 = (1 << 8) - 1;
    uint256 internal constant SETTLEMENT_BITS = MASK_96 | (MASK_40 << 160);

    function pack(
        uint256 remaining_,
        uint256 price_,
        uint256 settled_,
        uint256 startedAt_,
        uint256 gpuCount_,
        uint256 feeUnits_,
        RoundState state_
    ) internal pure returns (uint256) {
        return (remaining_ & MASK_96) | ((price_ & MASK_64) << 96) | ((settled_ & MASK_40) << 160)
            | ((feeUnits_ & MASK_8) << 200) | ((startedAt_ & MASK_32) << 208) | ((gpuCount_ & MASK_8) << 240)
            | (uint256(state_) << 248);
    }

    function remaining(uint256 w) internal pure returns (uint256) {
        return w & MASK_96;
    }

    function price(uint256 w) internal pure returns (uint256) {
        return (w >> 96) & MASK_64;
    }

    function settled(uint256 w) internal pure returns (uint256) {
        return (w >> 160) & MASK_40;
    }

    /// @notice The round's protocol fee in units of 10 basis points.
    function feeUnits(uint256 w) internal pure returns (uint256) {
        return (w >> 200) & MASK_8;
    }

    function startedAt(uint256 w) internal pure returns (uint256) {
        return (w >> 208) & MASK_32;
    }

    function gpuCount(uint256 w) internal pure returns (uint256) {
        return (w >> 240) & MASK_8;
    }

    function state(uint256 w) internal pure returns (RoundState) {
        return RoundState(w >> 248);
    }

    /// @notice The word with a new remaining budget and settled GPU-seconds.
    function withSettlement(uint256 w, uint256 remaining_, uint256 settled_) internal pure returns (uint256) {
        return (w & ~SETTLEMENT_BITS) | (remaining_ & MASK_96) | ((settled_ & MASK_40) << 160);
    }

    /// @notice The word with a new remaining budget.
    function withRemaining(uint256 w, uint256 remaining_) internal pure returns (uint256) {
        return (w & ~MASK_96) | (remaining_ & MASK_96);
    }

    /// @notice The word with a new state.
    function withState(uint256 w, RoundState state_) internal pure returns (uint256) {
        return (w & ~(MASK_8 << 248)) | (uint256(state_) << 248);
    }

    /// @notice Most the round could still pay at `time`: unpaid GPU-seconds up to `time` times the
    /// price, bounded by the remaining budget. Ended rounds were already bounded when they ended.
    function maxDue(uint256 w, uint256 time) internal pure returns (uint256) {
        uint256 rem = remaining(w);
        if (state(w) != RoundState.Running) return rem;
        uint256 cap = gpuCount(w) * (time - startedAt(w));
        uint256 done = settled(w);
        if (cap <= done) return 0;
        uint256 due = (cap - done) * price(w);
        return due < rem ? due : rem;
    }
}
