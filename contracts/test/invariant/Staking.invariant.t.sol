// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "../base/Fixture.sol";
import {StakingHandler} from "./StakingHandler.sol";

/// @notice The production wiring of Fixture plus more stakers, and a StakingHandler targeted by the fuzzer.
abstract contract StakingInvariantSetup is Fixture {
    StakingHandler internal handler;
    address[] internal _holders;

    function setUp() public override {
        super.setUp();
        uint256[] memory pks = new uint256[](7);
        pks[0] = PROVIDER_PK; // staked 100k by the fixture
        pks[1] = BACKUP_PK; // staked 100k by the fixture
        pks[2] = CONTROLLER_PK; // staked 60k by the fixture
        pks[3] = 0x5A1;
        pks[4] = 0x5A2;
        pks[5] = CONTROLLER2_PK; // staked 60k by the fixture
        pks[6] = CONTROLLER3_PK; // staked 60k by the fixture
        fund(vm.addr(pks[3]), 1_000_000 ether);
        fund(vm.addr(pks[4]), 50_000 ether);
        stakeAs(vm.addr(pks[3]), 25_000 ether);

        handler =
            new StakingHandler(token, staking, governance, address(disputes), address(escrow), treasury, pks);
        targetContract(address(handler));

        _holders.push(holder);
        _holders.push(treasury);
        _holders.push(governance);
        _holders.push(client);
        _holders.push(address(staking));
        _holders.push(address(escrow));
        _holders.push(address(disputes));
        _holders.push(guardian);
        _holders.push(address(handler));
        for (uint256 i; i < pks.length; ++i) {
            _holders.push(vm.addr(pks[i]));
        }
    }
}

/// @notice Invariants of ProviderStaking under random stake / permit / unstake / withdraw / lock / unlock /
/// slash / governance / donation / time sequences (see StakingHandler).
contract StakingInvariantTest is StakingInvariantSetup {
    /// @notice The contract holds exactly the stake it books (plus plain-transfer donations, which no
    /// function can move), its totals are the sum of the model's positions, every token that came in
    /// is still staked, was withdrawn, or was slashed, and GIN's supply is unchanged and all with known
    /// holders (a slash pays its beneficiary and nobody else).
    function invariant_stakeFullyBacked() public view {
        uint256 total = staking.totalActive() + staking.totalUnbonding();
        assertEq(
            token.balanceOf(address(staking)),
            total + handler.ghostDonated(),
            "staking balance != totalActive + totalUnbonding + donations"
        );
        address[] memory s = handler.stakers();
        uint256 active;
        uint256 unbonding;
        for (uint256 i; i < s.length; ++i) {
            (uint256 a, uint256 u,,) = handler.ghostPosition(s[i]);
            active += a;
            unbonding += u;
        }
        assertEq(staking.totalActive(), active, "totalActive != sum of model active stake");
        assertEq(staking.totalUnbonding(), unbonding, "totalUnbonding != sum of model unbonding stake");
        assertEq(
            handler.ghostStakedIn(),
            total + handler.ghostWithdrawn() + handler.ghostSlashed(),
            "staked in != staked + withdrawn + slashed"
        );
        assertEq(token.totalSupply(), SUPPLY, "total supply changed");
        uint256 sum;
        for (uint256 i; i < _holders.length; ++i) {
            sum += token.balanceOf(_holders[i]);
        }
        assertEq(sum, SUPPLY, "sum of known balances != supply");
    }

    /// @notice The contract behaves exactly as the model: every call had the predicted outcome (no early
    /// withdrawal, no over-slash, no stake while paused, no failing valid call) and moved the predicted
    /// amounts, and each position (active, unbonding, unlock time) and its eligibility match the model.
    function invariant_positionsMatchModel() public view {
        if (handler.surprises() != 0) fail(handler.firstSurprise());
        address[] memory s = handler.stakers();
        uint256 minStake = handler.ghostMinStake();
        assertEq(staking.minStake(), minStake, "minStake");
        for (uint256 i; i < s.length; ++i) {
            (uint256 a, uint256 u, uint256 t, uint256 l) = handler.ghostPosition(s[i]);
            (uint256 cu, uint64 ct) = staking.unbondingOf(s[i]);
            assertEq(staking.stakeOf(s[i]), a, "active stake != model");
            assertEq(cu, u, "unbonding stake != model");
            assertEq(uint256(ct), t, "unlock time != model");
            assertEq(staking.lockedStakeOf(s[i]), l, "locked stake != model");
            assertEq(staking.unlockedStakeOf(s[i]), a - l, "unlocked stake != model");
            assertEq(staking.isEligible(s[i], 0), a - l > 0 && a - l >= minStake, "eligibility != model");
        }
    }

    /// @notice Locks: an account's locked stake never exceeds its active stake (a slash clamps it), and
    /// every lock the model holds open is in the contract with its account and amount, every released one
    /// is gone. Only the disputes contract holds SLASHER_ROLE; governance and the escrow never slashed.
    function invariant_locksMatchModel() public view {
        address[] memory s = handler.stakers();
        for (uint256 i; i < s.length; ++i) {
            assertLe(staking.lockedStakeOf(s[i]), staking.stakeOf(s[i]), "locked > active");
        }
        (bytes32[] memory keys, address[] memory accounts, uint256[] memory amounts) = handler.ghostLocks();
        for (uint256 i; i < keys.length; ++i) {
            (address account, uint96 amount) = staking.locks(keys[i]);
            assertEq(account, accounts[i], "lock account != model");
            assertEq(amount, amounts[i], "lock amount != model");
        }
        assertTrue(staking.hasRole(staking.SLASHER_ROLE(), address(disputes)), "disputes slash");
        assertFalse(staking.hasRole(staking.SLASHER_ROLE(), governance), "governance cannot slash");
        assertFalse(staking.hasRole(staking.SLASHER_ROLE(), address(escrow)), "escrow cannot slash");
    }

    function afterInvariant() public view {
        handler.logSummary();
    }
}
