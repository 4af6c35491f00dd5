// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "../base/Vm.sol";
import {GinToken} from "../../src/GinToken.sol";

/// @notice What every invariant handler shares: the cheatcode handle, bound(), the handler's own clock,
/// a record of outcomes the model did not predict, per-action counters and an EIP-2612 permit signer.
/// @dev Handlers are called by forge's invariant fuzzer with `fail_on_revert = false`, so a revert inside
/// a handler is silently dropped. Handlers therefore never rely on reverts to report a problem: every call
/// whose outcome the model predicts is made with try/catch, and a surprise (an unexpected revert, an
/// unexpected success, an observed amount different from the model's) is recorded in `surprises` and
/// checked by an invariant.
abstract contract HandlerBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    /// @notice The handler's clock. Every action starts with vm.warp(currentTime), so the time the model
    /// reasons with is the time the contracts see, whatever forge does with the block between calls.
    uint256 public currentTime;

    /// @notice Outcomes the model did not predict; must stay 0.
    uint256 public surprises;
    /// @notice Description of the first surprise.
    string public firstSurprise;

    /// @notice Per-action counters: `calls[name]` counts actions that did something.
    mapping(bytes32 name => uint256) public calls;
    bytes32[] internal _counterNames;

    /// @dev Each action is a transaction in a later block: 0 to 24 seconds pass before it (explicit warp
    /// actions add the long jumps).
    modifier step() {
        currentTime += uint256(keccak256(msg.data)) % 25;
        vm.warp(currentTime);
        _;
        _afterStep();
    }

    /// @dev Hook run after every action (cross-step checks).
    function _afterStep() internal virtual {}

    function _surprise(string memory what) internal {
        if (surprises == 0) firstSurprise = what;
        ++surprises;
    }

    function _surprise(string memory what, uint256 actual, uint256 expected) internal {
        _surprise(
            string.concat(what, " (actual ", vm.toString(actual), ", model ", vm.toString(expected), ")")
        );
    }

    function _expectOutcome(bool expected, bool actual, string memory what) internal {
        if (expected != actual) {
            _surprise(string.concat(what, actual ? ": unexpected success" : ": unexpected revert"));
        }
    }

    function _count(bytes32 name) internal {
        if (calls[name] == 0) _counterNames.push(name);
        ++calls[name];
    }

    /// @notice Names of all counters that were hit at least once in this run.
    function counterNames() external view returns (bytes32[] memory) {
        return _counterNames;
    }

    /// @notice Prints the per-action counters through forge's console (shown with -vv and above).
    function logSummary() external view {
        for (uint256 i; i < _counterNames.length; ++i) {
            _log(_str(_counterNames[i]), calls[_counterNames[i]]);
        }
    }

    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    function _str(bytes32 b) internal pure returns (string memory) {
        uint256 n;
        while (n < 32 && b[n] != 0) ++n;
        bytes memory out = new bytes(n);
        for (uint256 i; i < n; ++i) {
            out[i] = b[i];
        }
        return string(out);
    }

    /// @notice Maps any x into [lo, hi] (same as Test.bound).
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo;
        if (size == type(uint256).max) return x;
        return lo + (x % (size + 1));
    }

    /// @notice A value spread over orders of magnitude: mantissa 1..9 times 10**[loExp, hiExp].
    function _logUniform(uint256 seed, uint256 loExp, uint256 hiExp) internal pure returns (uint256) {
        uint256 e = loExp + (seed % (hiExp - loExp + 1));
        uint256 m = 1 + ((seed >> 16) % 9);
        return m * 10 ** e;
    }

    /// @notice A hashed seed for choosing between branches: forge's fuzzer feeds many zeros and other
    /// dictionary values, which would otherwise pick the `seed % n == 0` branch far too often.
    function _h(uint256 seed) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed)));
    }

    function _mix(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @notice An EIP-712 domain separator computed the way a wallet does (not read from the contract).
    function _domainSeparator(string memory name, string memory version, address verifyingContract)
        internal
        view
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256(bytes(name)),
                keccak256(bytes(version)),
                block.chainid,
                verifyingContract
            )
        );
    }

    /// @notice Signs an EIP-2612 permit of `owner` (key `pk`) for `spender` under GIN's domain.
    function _signPermit(GinToken token, uint256 pk, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(pk);
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, token.nonces(owner), deadline));
        bytes32 digest = keccak256(
            abi.encodePacked("\x19\x01", _domainSeparator("Gintonic", "1", address(token)), structHash)
        );
        (v, r, s) = vm.sign(pk, digest);
    }

    function _sig(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }
}
